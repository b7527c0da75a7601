package io.pactcontainers.provider;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Image tags compared as versions, oldest first: numbers as numbers ({@code 1.9.0} before {@code
 * 1.10.0}), a semantic-version pre-release before its release ({@code 2.0.0-rc.1} before {@code
 * 2.0.0}), and whatever is not a version by its text. Written here because the tags' order is all
 * that is needed, and no library we already carry compares versions.
 */
final class TagVersions {
  /** Oldest first. */
  static final Comparator<String> ORDER = TagVersions::compare;

  private static final Pattern PART = Pattern.compile("\\d+|[^\\d]+");

  private TagVersions() {}

  static int compare(String a, String b) {
    String coreA = core(a);
    String coreB = core(b);
    int byCore = compareParts(coreA, coreB);
    if (byCore != 0) {
      return byCore;
    }
    boolean preA = coreA.length() < a.length();
    boolean preB = coreB.length() < b.length();
    if (preA != preB) {
      return preA ? -1 : 1; // a pre-release comes before its release
    }
    int byRest = compareParts(a.substring(coreA.length()), b.substring(coreB.length()));
    return byRest != 0 ? byRest : a.compareTo(b);
  }

  /** The tag up to a pre-release or build suffix: {@code v1.2.3} of {@code v1.2.3-rc.1+b7}. */
  private static String core(String tag) {
    int cut = tag.length();
    for (char c : new char[] {'-', '+'}) {
      int i = tag.indexOf(c);
      if (i > 0 && i < cut) {
        cut = i;
      }
    }
    return tag.substring(0, cut);
  }

  private static int compareParts(String a, String b) {
    List<String> pa = parts(a);
    List<String> pb = parts(b);
    for (int i = 0; i < Math.min(pa.size(), pb.size()); i++) {
      String x = pa.get(i);
      String y = pb.get(i);
      boolean nx = Character.isDigit(x.charAt(0));
      boolean ny = Character.isDigit(y.charAt(0));
      int c =
          nx && ny
              ? new BigInteger(x).compareTo(new BigInteger(y))
              : nx != ny ? (nx ? 1 : -1) : x.compareTo(y);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(pa.size(), pb.size());
  }

  private static List<String> parts(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = PART.matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
