package dev.precis.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StringIdsTest {
  @Test
  void numbersKeysInTheOrderFirstSeenAndGivesThemBack() {
    StringIds stems = new StringIds(4);
    assertThat(stems.idOf("flood")).isZero();
    assertThat(stems.idOf("river")).isEqualTo(1);
    assertThat(stems.idOf(new String("flood"))).as("an equal key, not the same instance").isZero();
    // "an" and "c0" share a hash
    assertThat(stems.idOf("an")).isEqualTo(2);
    assertThat(stems.idOf("c0")).isEqualTo(3);
    assertThat(stems.idOf("an")).isEqualTo(2);
    assertThat(stems.key(1)).isEqualTo("river");
    assertThat(stems.key(3)).isEqualTo("c0");
    assertThat(stems.size()).isEqualTo(4);
    assertThatThrownBy(() -> stems.key(4)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void givesWhatAMapNumberingKeysGivesAsItGrows() {
    Random random = new Random(3);
    StringIds ids = new StringIds(8);
    Map<String, Integer> expected = new HashMap<>();
    List<String> order = new ArrayList<>();
    for (int k = 0; k < 50_000; k++) {
      String key = "w" + random.nextInt(20_000);
      int want = expected.computeIfAbsent(key, x -> {
        order.add(x);
        return expected.size();
      });
      assertThat(ids.idOf(key)).isEqualTo(want);
    }
    assertThat(ids.size()).isEqualTo(expected.size());
    for (int id = 0; id < order.size(); id++) {
      assertThat(ids.key(id)).isEqualTo(order.get(id));
    }
  }
}
