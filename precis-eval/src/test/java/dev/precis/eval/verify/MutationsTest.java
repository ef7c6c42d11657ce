package dev.precis.eval.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MutationsTest {
  private static final String SENTENCE =
      "Mayor Lena Ortiz said on Tuesday that 1,240 homes in 2019 were flooded and seven bridges closed.";

  @Test
  void anotherNumberChangesACountNeverTheYear() {
    for (int seed = 0; seed < 20; seed++) {
      String changed = Mutations.number(SENTENCE, new Random(seed));
      assertThat(changed).isNotEqualTo(SENTENCE).contains("2019");
    }
    assertThat(Mutations.number("The mayor spoke to reporters.", new Random(1))).isNull();
  }

  @Test
  void anotherDateChangesAWeekdayOrAYear() {
    for (int seed = 0; seed < 20; seed++) {
      String changed = Mutations.date(SENTENCE, new Random(seed));
      assertThat(changed).isNotEqualTo(SENTENCE);
      assertThat(changed.contains("Tuesday") && changed.contains("2019")).isFalse();
    }
  }

  @Test
  void aNameIsSwappedForAnotherPersonOfTheStory() {
    String changed = Mutations.name(SENTENCE, List.of("Lena Ortiz", "Paul Brenner"),
        new Random(3));
    assertThat(changed).contains("Mayor Paul Brenner said").doesNotContain("Ortiz");
    assertThat(Mutations.name(SENTENCE, List.of("Paul Brenner"), new Random(3))).isNull();
  }

  @Test
  void negationGoesAfterTheFirstAuxiliary() {
    assertThat(Mutations.negation(SENTENCE))
        .isEqualTo(SENTENCE.replace("were flooded", "were not flooded"));
    assertThat(Mutations.negation("Rain fell all night.")).isNull();
  }

  @Test
  void clustersSplitStablyIntoTuningAndHeldOut() {
    assertThat(BenchmarkCases.heldOut("D30003T")).isEqualTo(BenchmarkCases.heldOut("D30003T"));
    long held = java.util.stream.IntStream.range(0, 300)
        .filter(i -> BenchmarkCases.heldOut("cluster-" + i)).count();
    assertThat(held).isBetween(70L, 130L);
  }
}
