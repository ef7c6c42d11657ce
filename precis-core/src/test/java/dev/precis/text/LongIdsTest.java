package dev.precis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongIdsTest {
  @Test
  void numbersKeysInTheOrderFirstSeen() {
    LongIds ids = new LongIds(4);
    assertThat(ids.idOf(42L)).isZero();
    assertThat(ids.idOf(0L)).as("zero is a key like any other").isEqualTo(1);
    assertThat(ids.idOf(-7L)).isEqualTo(2);
    assertThat(ids.idOf(42L)).isZero();
    assertThat(ids.idOf(0L)).isEqualTo(1);
    assertThat(ids.size()).isEqualTo(3);
  }

  @Test
  void givesWhatAMapNumberingKeysGivesAsItGrows() {
    // keys that collide in the low bits, as stem pairs (a << 32 | b) do, well past the first size
    Random random = new Random(11);
    LongIds ids = new LongIds(8);
    Map<Long, Integer> expected = new HashMap<>();
    for (int k = 0; k < 50_000; k++) {
      long key = ((long) random.nextInt(300) << 32) | random.nextInt(300);
      int want = expected.computeIfAbsent(key, x -> expected.size());
      assertThat(ids.idOf(key)).isEqualTo(want);
    }
    assertThat(ids.size()).isEqualTo(expected.size());
  }
}
