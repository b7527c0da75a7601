import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a V3 pact of N interactions, each with a provider state (with params) and matching rules,
 * against the benchmark provider: {@code java GeneratePacts.java <dir> <n> [broken]}. With
 * "broken", one interaction in ten expects a value the provider does not return.
 */
public class GeneratePacts {
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    boolean broken = args.length > 2 && args[2].equals("broken");
    Files.createDirectories(dir);
    StringBuilder sb = new StringBuilder();
    sb.append(
        "{\"consumer\":{\"name\":\"bench-consumer\"},\"provider\":{\"name\":\"bench-provider\"},\"interactions\":[\n");
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(",\n");
      }
      String price = broken && i % 10 == 7 ? "\"free\"" : "9.99";
      String priceRule =
          broken && i % 10 == 7 ? "" : ",\"$.price\":{\"matchers\":[{\"match\":\"decimal\"}]}";
      sb.append("{\"description\":\"get item ")
          .append(i)
          .append("\",")
          .append("\"providerStates\":[{\"name\":\"item exists\",\"params\":{\"id\":")
          .append(i)
          .append("}}],")
          .append("\"request\":{\"method\":\"GET\",\"path\":\"/items/")
          .append(i)
          .append("\",\"headers\":{\"Accept\":\"application/json\"}},")
          .append(
              "\"response\":{\"status\":200,\"headers\":{\"Content-Type\":\"application/json\"},")
          .append("\"body\":{\"id\":")
          .append(i)
          .append(",\"name\":\"item ")
          .append(i)
          .append("\",\"price\":")
          .append(price)
          .append(",\"tags\":[\"a\",\"b\"]},")
          .append("\"matchingRules\":{\"body\":{\"$.id\":{\"matchers\":[{\"match\":\"integer\"}]},")
          .append("\"$.name\":{\"matchers\":[{\"match\":\"regex\",\"regex\":\"item \\\\d+\"}]}")
          .append(priceRule)
          .append(",\"$.tags\":{\"matchers\":[{\"match\":\"type\",\"min\":1}]}}}}}");
    }
    sb.append("\n],\"metadata\":{\"pactSpecification\":{\"version\":\"3.0.0\"}}}\n");
    Files.writeString(
        dir.resolve("bench-consumer-bench-provider.json"), sb.toString(), StandardCharsets.UTF_8);
  }
}
