package dev.precis.eval.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusteringErrorsTest {

  @Test
  void listsMixedFoundClustersAndSplitGoldOnesLargestFirst() {
    Map<String, String> gold = new LinkedHashMap<>();
    Map<String, String> found = new LinkedHashMap<>();
    // flood: 4 articles, 3 found together with 1 chess article; the fourth alone
    for (String id : List.of("f1", "f2", "f3")) {
      gold.put(id, "flood");
      found.put(id, "S1");
    }
    gold.put("c1", "chess");
    found.put("c1", "S1");
    gold.put("f4", "flood");
    found.put("f4", "S2");
    gold.put("c2", "chess");
    found.put("c2", "S3");
    gold.put("b1", "budget");
    found.put("b1", "S4");

    ClusteringErrors errors = ClusteringErrors.of(gold, found, 5);
    assertThat(errors.mixed()).containsExactly(
        new ClusteringErrors.Group("S1", 4, Map.of("flood", 3, "chess", 1)));
    assertThat(errors.mixed().get(0).parts().keySet()).containsExactly("flood", "chess");
    assertThat(errors.split()).extracting(ClusteringErrors.Group::id)
        .containsExactly("flood", "chess");
    assertThat(errors.split().get(0).parts().keySet()).containsExactly("S1", "S2");
    assertThat(ClusteringErrors.of(gold, found, 1).split()).hasSize(1);
    assertThat(ClusteringErrors.of(gold, gold, 5).mixed()).isEmpty();
  }
}
