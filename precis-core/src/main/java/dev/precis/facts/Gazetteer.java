package dev.precis.facts;

import dev.precis.text.CharClass;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names known to be places or organizations, with their aliases. Each alias maps to the first
 * name on its line, which serves as the key that makes "U.S." and "United States" one entity.
 */
final class Gazetteer {

  private final Map<String, String> places;
  private final Map<String, String> organizations;

  Gazetteer(List<String> placeLines, List<String> organizationLines) {
    places = aliases(placeLines);
    organizations = aliases(organizationLines);
  }

  /** The canonical name of the place {@code name} names, or null. */
  String place(String name) {
    return lookUp(places, name);
  }

  /** The canonical name of the organization {@code name} names, or null. */
  String organization(String name) {
    return lookUp(organizations, name);
  }

  private static String lookUp(Map<String, String> names, String name) {
    String canonical = names.get(name);
    if (canonical == null && isShouted(name)) {
      // datelines and headlines shout: "LONDON (AP)"
      canonical = names.get(titleCase(name));
    }
    return canonical;
  }

  private static boolean isShouted(String name) {
    return name.length() > 3 && name.equals(name.toUpperCase(Locale.ROOT));
  }

  private static String titleCase(String name) {
    StringBuilder out = new StringBuilder(name.length());
    boolean wordStart = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      out.append(wordStart ? c : Character.toLowerCase(c));
      wordStart = !CharClass.isLetter(c);
    }
    return out.toString();
  }

  private static Map<String, String> aliases(List<String> lines) {
    Map<String, String> aliases = new HashMap<>();
    for (String line : lines) {
      String[] names = line.split("\\|");
      String canonical = names[0].strip();
      for (String name : names) {
        String previous = aliases.putIfAbsent(name.strip(), canonical);
        if (previous != null && !previous.equals(canonical)) {
          throw new IllegalStateException(
              "'" + name + "' is listed for both " + previous + " and " + canonical);
        }
      }
    }
    return Map.copyOf(aliases);
  }
}
