package io.pactcontainers.report;

import io.pactcontainers.model.SentRequest;
import io.pactcontainers.verify.Evidence;
import io.pactcontainers.verify.ProviderTls;
import io.pactcontainers.verify.Reproduction;
import io.pactcontainers.verify.RequestHeader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The curl commands that send an interaction's calls again exactly as the verifier sent them: the
 * state set-up calls first (or a comment saying which states Java code set up), then the request.
 * {@code Host} and {@code Content-Length} are left to curl, which derives them as the verifier's
 * client did; curl's own default headers are switched off. POSIX shell quoting throughout; a body
 * that is not printable UTF-8 goes through {@code printf} with octal escapes, byte for byte.
 */
final class Curl {
  private Curl() {}

  /** One command per line, set-up calls first; empty when nothing was sent. */
  static List<String> commands(Evidence evidence) {
    return commands(evidence, Reproduction.NONE);
  }

  /**
   * The lines that reproduce the interaction after the build, in bash: when the provider is known,
   * first the lines that start it again as the verifier did and set {@code $PROVIDER}, then the
   * calls against {@code $PROVIDER}, then the line that removes it. Secret headers are written as
   * {@code $PACT_HEADER_<NAME>} references, said in a first comment line; empty when nothing was
   * sent.
   */
  static List<String> commands(Evidence evidence, Reproduction reproduction) {
    List<SentRequest> sent = new ArrayList<>(evidence.stateSetup());
    evidence.request().ifPresent(sent::add);
    if (sent.isEmpty()) {
      return List.of();
    }
    String base =
        reproduction.target().isPresent() && evidence.provider().isPresent()
            ? evidence.provider().get().toString().replaceAll("/$", "")
            : null;
    List<String> out = new ArrayList<>(exports(sent, base != null, reproduction));
    if (base != null) {
      out.addAll(ProviderStartCommands.start(reproduction.target().get(), evidence.image()));
    }
    // Where a state set-up call would go: Java code set the state up, so no command can.
    evidence
        .statesInProcess()
        .forEach(
            s ->
                out.add(
                    "# the state \""
                        + s.state()
                        + "\" is set up by "
                        + s.setBy()
                        + ", so it cannot be replayed from bash"));
    for (SentRequest r : sent) {
      // A redirect the verifier followed is followed again; curl -L drops credentials on the way
      // to another host as the verifier did.
      boolean followed = evidence.request().orElse(null) == r && !evidence.redirects().isEmpty();
      out.add(command(r, base, reproduction, followed));
    }
    // Where the request for the message would go: Java code produced it, so no command can.
    evidence
        .messageProducedBy()
        .ifPresent(
            by ->
                out.add(
                    "# the message is produced by "
                        + by
                        + " in the verifying JVM, so it cannot be asked for from bash"));
    if (base != null) {
      out.addAll(ProviderStartCommands.stop(reproduction.target().get()));
    }
    return out;
  }

  /**
   * The lines that give the secret variables the commands use: a header's command run again ({@code
   * export PACT_HEADER_X="$(...)"}), else a comment naming the setting the value came from or, when
   * that is not known, the variables to export.
   */
  private static List<String> exports(
      List<SentRequest> sent, boolean startsProvider, Reproduction reproduction) {
    Map<String, String> headers = new LinkedHashMap<>(); // variable -> the header's name
    sent.forEach(
        r ->
            r.headers().stream()
                .filter(h -> reproduction.isSecret(h.getKey()))
                .forEach(h -> headers.putIfAbsent(RequestHeader.variable(h.getKey()), h.getKey())));
    List<String> out = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    headers.forEach(
        (variable, header) -> {
          Optional<RequestHeader.Origin> origin = reproduction.origin(header);
          if (origin.isEmpty()) {
            unknown.add(variable);
          } else if (origin.get().command().isPresent()) {
            Optional<String> cd =
                origin.get().directory().map(d -> "cd " + quote(d.toString()) + " && ");
            out.add(
                "export "
                    + variable
                    + "=\"$("
                    + cd.orElse("")
                    + origin.get().command().get()
                    + ")\"  # "
                    + origin.get().setting());
          } else {
            out.add(
                "# export "
                    + variable
                    + " first: the value of "
                    + origin.get().setting()
                    + ", a secret not shown here");
          }
        });
    if (startsProvider) {
      unknown.addAll(ProviderStartCommands.secretVariables(reproduction.target().get()));
    }
    if (sent.stream().anyMatch(r -> r.url().getScheme().equalsIgnoreCase("https"))) {
      reproduction
          .providerTls()
          .clientCertificate()
          .flatMap(c -> c.curlPasswordVariable())
          .ifPresent(unknown::add);
    }
    List<String> distinct = unknown.stream().distinct().toList();
    if (!distinct.isEmpty()) {
      out.add(0, "# export " + String.join(" ", distinct) + " first: secrets, not shown here");
    }
    return out;
  }

  static String command(SentRequest request) {
    return command(request, null, Reproduction.NONE, false);
  }

  private static String url(SentRequest request, String base) {
    String url = request.url().toString();
    if (base == null || !url.startsWith(base)) {
      return quote(url);
    }
    String rest = url.substring(base.length());
    return "\"$PROVIDER\"" + (rest.isEmpty() ? "" : quote(rest));
  }

  private static String command(
      SentRequest request, String base, Reproduction reproduction, boolean followRedirects) {
    StringBuilder sb = new StringBuilder();
    boolean printable = request.body().length == 0 || printableText(request.body());
    if (!printable) {
      sb.append("printf '").append(octal(request.body())).append("' | ");
    }
    sb.append(followRedirects ? "curl -sS -i -L" : "curl -sS -i");
    if (request.url().getScheme().equalsIgnoreCase("https")) {
      sb.append(tls(reproduction.providerTls()));
    }
    if (!"GET".equals(request.method()) || request.body().length > 0) {
      sb.append(" -X ").append(quote(request.method()));
    }
    sb.append(' ').append(url(request, base));
    for (Map.Entry<String, String> h : request.headers()) {
      if (reproduction.isSecret(h.getKey())) {
        sb.append(" -H \"")
            .append(h.getKey())
            .append(": $")
            .append(RequestHeader.variable(h.getKey()))
            .append('"');
      } else if (!h.getKey().equalsIgnoreCase("Content-Length")) {
        // "Name;" is curl's way to send a header with an empty value; "Name:" would remove it.
        String header =
            h.getValue().isEmpty() ? h.getKey() + ";" : h.getKey() + ": " + h.getValue();
        sb.append(" -H ")
            .append(
                header.chars().allMatch(c -> c >= 0x20 && c < 0x7f)
                    ? quote(header)
                    : latin1(header));
      }
    }
    // curl's own defaults, which the verifier did not send, switched off ("Name:" removes a
    // header).
    removeUnlessSent(sb, request, "Accept");
    removeUnlessSent(sb, request, "User-Agent");
    if (request.body().length > 0) {
      removeUnlessSent(sb, request, "Content-Type");
      sb.append(" --data-binary ")
          .append(printable ? quote(new String(request.body(), StandardCharsets.UTF_8)) : "@-");
    }
    // The body's end made a line's end: the shell's next prompt no longer glues onto it.
    return sb.append(" -w '\\n'").toString();
  }

  /**
   * The provider's TLS as the verifier had it: its private CA, no checks at all, or the client
   * certificate it was offered (mutual TLS); without these curl would fail where the verifier did
   * not.
   */
  private static String tls(ProviderTls tls) {
    StringBuilder sb = new StringBuilder();
    // Absolute: the lines are pasted from anywhere, not only from the build's working directory.
    tls.caCertificate()
        .ifPresent(
            ca ->
                sb.append(" --cacert ").append(quote(ca.toAbsolutePath().normalize().toString())));
    if (tls.insecure()) {
      sb.append(" -k");
    }
    tls.clientCertificate().ifPresent(c -> sb.append(' ').append(c.curlOptions(Curl::quote)));
    return sb.toString();
  }

  /**
   * A header with characters beyond ASCII went out as ISO-8859-1 bytes, one per character (HTTP/1.1
   * header encoding), where a terminal would pass UTF-8: {@code printf} writes those exact bytes.
   */
  private static String latin1(String header) {
    StringBuilder sb = new StringBuilder("\"$(printf '");
    for (char c : header.toCharArray()) {
      if (c >= 0x20 && c < 0x7f && c != '\'' && c != '\\' && c != '%') {
        sb.append(c);
      } else if (c > 0xff) {
        sb.append('?'); // what an ISO-8859-1 encoder sends for it
      } else {
        sb.append('\\').append(String.format(Locale.ROOT, "%03o", c & 0xff));
      }
    }
    return sb.append("')\"").toString();
  }

  private static void removeUnlessSent(StringBuilder sb, SentRequest request, String header) {
    if (request.headers().stream().noneMatch(h -> h.getKey().equalsIgnoreCase(header))) {
      sb.append(" -H ").append(quote(header + ":"));
    }
  }

  /** Quoted for a POSIX shell; a word of plain characters stays as it is, for readability. */
  static String quote(String s) {
    if (!s.isEmpty()
        && s.chars()
            .allMatch(
                c -> c < 128 && (Character.isLetterOrDigit(c) || "_-.,/:=@%+".indexOf(c) >= 0))) {
      return s;
    }
    return "'" + s.replace("'", "'\\''") + "'";
  }

  private static boolean printableText(byte[] body) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body))
              .toString();
    } catch (CharacterCodingException e) {
      return false;
    }
    return text.chars().allMatch(c -> c >= 0x20 || c == '\n' || c == '\t' || c == '\r');
  }

  private static String octal(byte[] body) {
    StringBuilder sb = new StringBuilder();
    for (byte b : body) {
      sb.append('\\').append(String.format(Locale.ROOT, "%03o", b & 0xff));
    }
    return sb.toString();
  }
}
