package dev.precis.eval.rouge;

import dev.precis.PrecisException;

/**
 * Reads a ROUGE-1.5.5 flag string the way perl's getopts does: flags may be bundled
 * ({@code -mu}) and a value may follow its flag directly ({@code -n2}) or as the next word.
 */
final class RougeFlags {
  private static final String WITH_VALUE = "bcflnprtw2e";
  private static final String WITHOUT_VALUE = "msuUxadv";

  private RougeFlags() {}

  static RougeOptions parse(String flags) {
    if (flags == null) {
      throw new PrecisException("ROUGE flags are missing");
    }
    RougeOptions.Builder b = RougeOptions.builder();
    String[] words = flags.trim().isEmpty() ? new String[0] : flags.trim().split("\\s+");
    boolean sawWords = false;
    boolean sawBytes = false;
    for (int w = 0; w < words.length; w++) {
      String word = words[w];
      if (word.length() < 2 || word.charAt(0) != '-') {
        throw new PrecisException("ROUGE flags: expected a flag such as -n, got '" + word + "'");
      }
      for (int i = 1; i < word.length(); i++) {
        char flag = word.charAt(i);
        if (WITHOUT_VALUE.indexOf(flag) >= 0) {
          switch (flag) {
            case 'm' -> b.stem(true);
            case 's' -> b.removeStopWords(true);
            case 'u' -> b.skipUnigrams(true);
            case 'U' -> b.skipBoth(true);
            case 'x' -> b.rougeL(false);
            default -> { } // -a, -d, -v only steer the perl script's output
          }
          continue;
        }
        if (WITH_VALUE.indexOf(flag) < 0) {
          throw new PrecisException(unknown(flag));
        }
        String value;
        if (i + 1 < word.length()) {
          value = word.substring(i + 1);
        } else if (w + 1 < words.length) {
          value = words[++w];
        } else {
          throw new PrecisException("-" + flag + ": missing value");
        }
        switch (flag) {
          case 'n' -> b.maxN(integer(flag, value));
          case 'l' -> {
            b.wordLimit(integer(flag, value));
            sawWords = true;
          }
          case 'b' -> {
            b.byteLimit(integer(flag, value));
            sawBytes = true;
          }
          case '2' -> b.skipDistance(integer(flag, value));
          case 'r' -> b.resamples(integer(flag, value));
          case 'c' -> b.confidence(number(flag, value));
          case 'p' -> b.alpha(number(flag, value));
          case 'w' -> b.weight(number(flag, value));
          case 'f' -> b.mode(mode(value));
          case 't' -> {
            if (!value.equals("0")) {
              throw new PrecisException(
                  "-t " + value + ": only -t 0 (sentence as counting unit) is supported");
            }
          }
          case 'e' -> { } // data directory of the perl script; our word lists are built in
          default -> throw new IllegalStateException("flag -" + flag);
        }
        break; // the value used up the rest of this word
      }
    }
    if (sawWords && sawBytes) {
      throw new PrecisException("-l and -b: give a length limit in words or in bytes, not both");
    }
    return b.build();
  }

  private static String unknown(char flag) {
    return switch (flag) {
      case 'M' -> "-M (stem models only) is not supported";
      case '3' -> "-3 (Basic Elements) is not supported";
      case 'z' -> "-z (file-list configuration) is not supported";
      case 'h', 'H' -> "-" + flag + " (perl usage text) is not supported";
      default -> "unknown ROUGE flag -" + flag;
    };
  }

  private static int integer(char flag, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new PrecisException("-" + flag + ": expected a whole number, got '" + value + "'");
    }
  }

  private static double number(char flag, String value) {
    try {
      double d = Double.parseDouble(value);
      if (Double.isNaN(d) || Double.isInfinite(d) || !value.matches("[+-]?[0-9.]+([eE][+-]?[0-9]+)?")) {
        throw new NumberFormatException(value);
      }
      return d;
    } catch (NumberFormatException e) {
      throw new PrecisException("-" + flag + ": expected a number, got '" + value + "'");
    }
  }

  private static RougeOptions.Mode mode(String value) {
    return switch (value) {
      case "A" -> RougeOptions.Mode.AVERAGE;
      case "B" -> RougeOptions.Mode.BEST;
      default -> throw new PrecisException("-f: expected A (model average) or B (best model), got '"
          + value + "'");
    };
  }
}
