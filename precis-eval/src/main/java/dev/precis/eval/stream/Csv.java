package dev.precis.eval.stream;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
final class Csv {
  private Csv() {}

  /** The next record, or null at the end of input. */
  static List<String> readRecord(BufferedReader reader) throws IOException {
    String line = reader.readLine();
    if (line == null) {
      return null;
    }
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int i = 0;
    while (true) {
      if (i >= line.length()) {
        if (quoted) {
          String next = reader.readLine();
          if (next == null) {
            break; // unterminated quote at the end: keep what there is
          }
          field.append('\n');
          line = next;
          i = 0;
          continue;
        }
        break;
      }
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.isEmpty()) {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
      i++;
    }
    fields.add(field.toString());
    return fields;
  }
}
