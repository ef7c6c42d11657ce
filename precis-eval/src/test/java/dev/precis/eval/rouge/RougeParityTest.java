package dev.precis.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Reproduces every score of the ROUGE-1.5.5 answer key in ../shared/data/rouge-key, and the
 * script's corpus averages and confidence intervals. Skipped when ../shared is not there.
 */
class RougeParityTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern AVERAGE_LINE = Pattern.compile(
      "^\\S+ (\\S+) Average_([RPF]): ([0-9.]+) \\(95%-conf\\.int\\. ([0-9.]+) - ([0-9.]+)\\)$");

  record Peer(String peer, String id, List<String> summary, List<List<String>> models) {}

  record KeyRow(String flags, String flagset, String peer, String id, String metric,
      double r, double p, double f) {}

  @Test
  void everyScoreOfTheKeyIsReproduced() throws IOException {
    Path key = keyDirectory();
    int rows = 0;
    List<String> failures = new ArrayList<>();
    Map<String, int[]> tally = new TreeMap<>();
    for (Path folder : folders(key)) {
      List<Peer> peers = readPeers(folder.resolve("peers.jsonl"));
      Map<String, Peer> byKey = new LinkedHashMap<>();
      for (Peer p : peers) {
        byKey.put(p.peer() + "|" + p.id(), p);
      }
      Map<String, List<KeyRow>> byFlags = new LinkedHashMap<>();
      for (KeyRow row : readKey(folder.resolve("scores.jsonl"))) {
        byFlags.computeIfAbsent(row.flags(), k -> new ArrayList<>()).add(row);
      }
      for (Map.Entry<String, List<KeyRow>> set : byFlags.entrySet()) {
        Rouge rouge = new Rouge(RougeOptions.parse(set.getKey()));
        Map<String, RougeResult> ours = new LinkedHashMap<>();
        for (KeyRow row : set.getValue()) {
          rows++;
          RougeResult result = ours.computeIfAbsent(row.peer() + "|" + row.id(), k -> {
            Peer p = byKey.get(k);
            return rouge.score(p.summary(), p.models());
          });
          RougeScore s = result.get(row.metric());
          String where = folder.getFileName() + " " + row.flagset() + " " + row.metric();
          int[] counts = tally.computeIfAbsent(where, k -> new int[2]);
          counts[1]++;
          if (close(s.recall(), row.r()) && close(s.precision(), row.p()) && close(s.f(), row.f())) {
            counts[0]++;
          } else if (failures.size() < 40) {
            failures.add(where + " " + row.peer() + " " + row.id() + ": ours " + s
                + ", key R " + row.r() + " P " + row.p() + " F " + row.f());
          }
        }
      }
    }
    int matched = tally.values().stream().mapToInt(c -> c[0]).sum();
    StringBuilder report = new StringBuilder("ROUGE parity: " + matched + " of " + rows
        + " key rows matched\n");
    tally.forEach((k, c) -> report.append(String.format("  %-55s %4d / %4d%n", k, c[0], c[1])));
    System.out.println(report);
    failures.forEach(System.out::println);
    assertThat(rows).as("rows in the key").isEqualTo(5700);
    assertThat(failures).as(report.toString()).isEmpty();
    assertThat(matched).isEqualTo(rows);
  }

  @Test
  void corpusAveragesAndIntervalsMatchTheScript() throws IOException {
    Path key = keyDirectory();
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Path folder : folders(key)) {
      List<Peer> peers = readPeers(folder.resolve("peers.jsonl"));
      List<Path> outputs;
      try (var files = Files.list(folder)) {
        outputs = files.filter(f -> f.getFileName().toString().startsWith("rouge155-")).sorted()
            .toList();
      }
      for (Path output : outputs) {
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        String flags = lines.get(0).replaceFirst("^# ROUGE-1\\.5\\.5\\.pl ", "")
            .replaceFirst("\\s+\\(.*$", "").trim();
        RougeEvaluation evaluation = new Rouge(RougeOptions.parse(flags)).newEvaluation();
        for (Peer p : peers) {
          evaluation.add(p.summary(), p.models());
        }
        RougeCorpusResult result = evaluation.result();
        for (String line : lines.subList(1, lines.size())) {
          Matcher m = AVERAGE_LINE.matcher(line.trim());
          if (!m.matches()) {
            continue;
          }
          RougeAverage a = result.get(m.group(1));
          double[] ours = pick(a, m.group(2));
          double[] theirs = {Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)),
              Double.parseDouble(m.group(5))};
          checked++;
          if (!close(ours[0], theirs[0]) || !close(ours[1], theirs[1])
              || !close(ours[2], theirs[2])) {
            failures.add(folder.getFileName() + "/" + output.getFileName() + " " + m.group(1)
                + " " + m.group(2) + ": ours " + Arrays.toString(ours) + " script "
                + Arrays.toString(theirs));
          }
        }
      }
    }
    System.out.println("ROUGE parity: " + (checked - failures.size()) + " of " + checked
        + " corpus average lines match (average and 95% interval)");
    assertThat(checked).as("average lines in the rouge155 files").isEqualTo(90);
    assertThat(failures).isEmpty();
  }

  private static double[] pick(RougeAverage a, String which) {
    return switch (which) {
      case "R" -> new double[] {a.average().recall(), a.lower().recall(), a.upper().recall()};
      case "P" -> new double[] {a.average().precision(), a.lower().precision(),
          a.upper().precision()};
      default -> new double[] {a.average().f(), a.lower().f(), a.upper().f()};
    };
  }

  private static boolean close(double ours, double key) {
    return Math.abs(Double.parseDouble(PerlNumbers.format5(ours)) - key) <= 0.000005;
  }

  static Path keyDirectory() {
    Path shared = findShared();
    assumeTrue(shared != null && Files.isDirectory(shared.resolve("data/rouge-key")),
        "../shared not found: skipping ROUGE parity");
    return shared.resolve("data/rouge-key");
  }

  /** ../shared next to the project root: from -Dprecis.root, else up from the working directory. */
  static Path findShared() {
    List<Path> starts = new ArrayList<>();
    String root = System.getProperty("precis.root");
    if (root != null && !root.isBlank()) {
      starts.add(Paths.get(root).toAbsolutePath());
    }
    starts.add(Paths.get("").toAbsolutePath());
    for (Path start : starts) {
      for (Path dir = start; dir != null; dir = dir.getParent()) {
        Path candidate = dir.resolveSibling("shared");
        if (dir.getParent() != null && Files.isDirectory(candidate.resolve("data/rouge-key"))) {
          return candidate;
        }
      }
    }
    return null;
  }

  private static List<Path> folders(Path key) throws IOException {
    try (var list = Files.list(key)) {
      return list.filter(Files::isDirectory).sorted().toList();
    }
  }

  static List<Peer> readPeers(Path file) throws IOException {
    List<Peer> peers = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = JSON.readTree(line);
        List<List<String>> models = new ArrayList<>();
        node.get("models").forEach(m -> models.add(lines(m.asText())));
        peers.add(new Peer(node.get("peer").asText(), node.get("id").asText(),
            lines(node.get("summary").asText()), models));
      }
    }
    return peers;
  }

  private static List<KeyRow> readKey(Path file) throws IOException {
    List<KeyRow> rows = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = JSON.readTree(line);
        rows.add(new KeyRow(n.get("flags").asText(), n.get("flagset").asText(),
            n.get("peer").asText(), n.get("id").asText(), n.get("metric").asText(),
            n.get("R").asDouble(), n.get("P").asDouble(), n.get("F").asDouble()));
      }
    }
    return rows;
  }

  private static List<String> lines(String text) {
    return List.of(text.split("\n", -1));
  }
}
