package dev.precis.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseSetTest {
  private static final List<String> NOTICES = List.of("we use cookies", "enable javascript",
      "enable cookies", "image caption", "all rights reserved", "ip address for this domain");
  private static final PhraseSet SET = PhraseSet.of(NOTICES);

  @Test
  void findsAPhraseAnywhereAsContainsDoes() {
    assertThat(SET.anyIn("please enable javascript to read this story")).isTrue();
    assertThat(SET.anyIn("enable cookies")).isTrue();
    assertThat(SET.anyIn("copyright 2017 the valley herald, all rights reserved")).isTrue();
    // inside a word too, as String.contains would find it
    assertThat(SET.anyIn("re-enable javascript")).isTrue();
    assertThat(SET.anyIn("reenable cookies")).isTrue();
  }

  @Test
  void sharedOpeningsAndNearMissesAreTold() {
    assertThat(SET.anyIn("the dock workers enable the port to run")).isFalse();
    assertThat(SET.anyIn("we use cookie")).isFalse();
    assertThat(SET.anyIn("image captio")).isFalse();
    assertThat(SET.anyIn("")).isFalse();
    assertThat(SET.anyIn("we")).isFalse();
  }

  @Test
  void answersAsContainsOnEveryCutOfARealSentence() {
    String text = "Dock workers said we use cookies to track you; enable javascript, the image "
        + "caption read, and all rights reserved by the ip address for this domain.";
    for (int from = 0; from < text.length(); from++) {
      for (int to = from; to <= text.length(); to++) {
        String cut = text.substring(from, to);
        boolean expected = NOTICES.stream().anyMatch(cut::contains);
        assertThat(SET.anyIn(cut)).as(cut).isEqualTo(expected);
      }
    }
  }

  @Test
  void tellsWhichGroupsATextHoldsAPhraseOfAsContainsDoes() {
    List<String> notices = List.of("we use cookies", "enable javascript");
    List<String> walls = List.of("log in to continue", "enable cookies");
    PhraseSet groups = PhraseSet.ofGroups(List.of(notices, walls));
    String text = "We said we use cookies; please enable cookies and log in to continue, "
        + "or enable javascript.";
    for (int from = 0; from < text.length(); from++) {
      for (int to = from; to <= text.length(); to++) {
        String cut = text.substring(from, to);
        int expected = (notices.stream().anyMatch(cut::contains) ? 1 : 0)
            | (walls.stream().anyMatch(cut::contains) ? 2 : 0);
        assertThat(groups.groupsIn(cut)).as(cut).isEqualTo(expected);
      }
    }
  }

  @Test
  void refusesPhrasesTooShortToKey() {
    assertThatThrownBy(() -> PhraseSet.of(List.of("ok")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'ok'");
  }
}
