/**
 * pact-testcontainers: verifies Pact providers running in containers.
 *
 * <p>Packages by feature; each may use only those listed after it (checked by {@code
 * PackageDependenciesTest}), and none uses Maven:
 *
 * <ul>
 *   <li>{@code model}: pact files V1-V4 and their values. Uses nothing.
 *   <li>{@code matching}: compares responses and messages with the expected ones. Uses model.
 *   <li>{@code source}: finds and loads pacts (directories, files, URLs). Uses model.
 *   <li>{@code broker}: the Pact Broker as a pact source and results sink. Uses model, source.
 *   <li>{@code provider}: the provider container, its sidecars and network. Uses nothing.
 *   <li>{@code replay}: sends requests to the provider. Uses model.
 *   <li>{@code state}: provider state setup and teardown calls. Uses model, replay.
 *   <li>{@code verify}: the run itself and its results. Uses all of the above.
 *   <li>{@code report}: writes results. Uses model, matching, verify.
 * </ul>
 */
package io.pactcontainers;
