/**
 * pact-testcontainers: verifies Pact providers running in containers.
 *
 * <p>Packages by feature; each may use only those listed after it (checked by {@code
 * PackageDependenciesTest}, which reads this list), and none uses Maven. The root package ({@code
 * Secrets}, {@code Setting}, {@code Placeholders}, {@code Timeline}, the base exception) may be
 * used by all and uses none of them.
 *
 * <ul>
 *   <li>{@code json}: the JSON mappers and their limits, a file's bytes. Uses nothing.
 *   <li>{@code model}: pact files V1-V4 and their values. Uses json.
 *   <li>{@code matching}: compares responses and messages with the expected ones. Uses model, json.
 *   <li>{@code source}: finds and loads pacts (directories, files, URLs). Uses model, json.
 *   <li>{@code broker}: the Pact Broker as a pact source and results sink, and its deployment
 *       goals. Uses model, source, json.
 *   <li>{@code provider}: the provider container, its sidecars and network. Uses nothing.
 *   <li>{@code state}: provider state set-up and teardown: {@code StateHandler} (the one
 *       abstraction: an endpoint, or Java code in this JVM) and the endpoint's settings. Uses
 *       nothing.
 *   <li>{@code message}: where a message interaction's message comes from: {@code MessageSource}
 *       (the one abstraction: the message endpoint, or Java code in this JVM) and the rule for
 *       {@code @MessageProvider} methods ({@code MessageMethods}). Uses model, json.
 *   <li>{@code replay}: sends requests to the provider. Uses model, json.
 *   <li>{@code verify}: the run itself (the run API, {@code VerificationSession}) and its results.
 *       Uses model, matching, source, broker, provider, state, message, replay.
 *   <li>{@code report}: writes results. Uses model, matching, replay, verify, provider.
 *   <li>{@code matrix}: many images against many pacts. Uses json, model, matching, source, broker,
 *       provider, state, replay, verify, report.
 *   <li>{@code settings}: the settings layer under every front end: a front end's raw settings
 *       mapped onto the run's configuration, every rule once. Uses model, source, broker, provider,
 *       state, message, verify, report, matrix.
 * </ul>
 */
package io.pactcontainers;
