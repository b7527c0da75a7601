package io.pactcontainers.verify;

import io.pactcontainers.model.HttpResponse;
import io.pactcontainers.model.Mismatch;
import java.util.List;

/**
 * Says why an answer that is still a redirect was not followed, where the status did not match: a
 * bare "expected 201, found 308" sends users looking in the wrong place (a Flask or FastAPI
 * provider redirecting {@code /users} to {@code /users/}, say).
 */
final class Redirects {
  private Redirects() {}

  /**
   * The mismatches, the status one told where the answer redirected to and the setting that decides
   * whether it is followed.
   */
  static List<Mismatch> explained(
      List<Mismatch> mismatches,
      HttpResponse actual,
      boolean following,
      VerificationListener listener) {
    if (actual.status() / 100 != 3) {
      return mismatches;
    }
    return actual
        .headers()
        .joined("Location")
        .map(
            location ->
                mismatches.stream()
                    .map(
                        m ->
                            m instanceof Mismatch.StatusMismatch s
                                ? new Mismatch.StatusMismatch(
                                    s.expected(),
                                    s.actual(),
                                    s.message()
                                        + "; "
                                        + why(actual.status(), location, following, listener))
                                : m)
                    .toList())
        .orElse(mismatches);
  }

  private static String why(
      int status, String location, boolean following, VerificationListener listener) {
    String setting = listener.settingName(io.pactcontainers.Setting.FOLLOW_REDIRECTS);
    if (!List.of(301, 302, 303, 307, 308).contains(status)) {
      return "the answer names Location " + location + " (a " + status + " is not a redirect)";
    }
    if (following) {
      return "the provider redirected to "
          + location
          + " after "
          + io.pactcontainers.replay.RequestReplayer.MAX_REDIRECTS
          + " redirects in a row had been followed (a redirect loop?); fix the provider's"
          + " redirects";
    }
    return "the provider redirected to "
        + location
        + ", not followed because "
        + setting
        + " is false; set it to true to follow redirects as the Rust verifier, pact-js and"
        + " pact-python do, or serve the pact's path without a redirect (a trailing slash:"
        + " Flask's strict_slashes, FastAPI's redirect_slashes)";
  }
}
