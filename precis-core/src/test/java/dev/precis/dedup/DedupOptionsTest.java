package dev.precis.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.PrecisException;
import org.junit.jupiter.api.Test;

class DedupOptionsTest {

  @Test
  void defaultsAndWithers() {
    DedupOptions d = DedupOptions.defaults();
    assertThat(d.bands() * d.rows()).isLessThanOrEqualTo(d.hashes());
    DedupOptions changed = d.withThreshold(0.7).withMinHash(64, 16, 4).withShingleSize(2)
        .withNearThreshold(0.9).withMinLengthRatio(0.5).withMaxCandidates(4);
    assertThat(changed).isEqualTo(new DedupOptions(2, 64, 16, 4, 0.7, 0.9, 0.5, 4));
    assertThat(d.threshold()).isEqualTo(0.5);
  }

  @Test
  void invalidSettingsSayWhatIsWrong() {
    DedupOptions d = DedupOptions.defaults();
    assertThatThrownBy(() -> d.withThreshold(0)).isInstanceOf(PrecisException.class)
        .hasMessageContaining("threshold must be in (0, 1]");
    assertThatThrownBy(() -> d.withThreshold(Double.NaN)).isInstanceOf(PrecisException.class);
    assertThatThrownBy(() -> d.withMinHash(128, 64, 3)).isInstanceOf(PrecisException.class)
        .hasMessageContaining("64 x 3");
    assertThatThrownBy(() -> d.withShingleSize(0)).isInstanceOf(PrecisException.class);
    assertThatThrownBy(() -> d.withMaxCandidates(0)).isInstanceOf(PrecisException.class);
    assertThatThrownBy(() -> d.withMinLengthRatio(1.5)).isInstanceOf(PrecisException.class);
  }

  @Test
  void aDifferentBandingStillFindsTheCopies() {
    Deduplicator coarse = new Deduplicator(DedupOptions.defaults().withMinHash(64, 32, 2));
    DedupResult result = coarse.deduplicate(java.util.List.of(Fixtures.original(),
        Fixtures.spun(), Fixtures.sameStory()));
    assertThat(result.representativeOf()).containsEntry("spun", "original")
        .containsEntry("same-story", "same-story");
  }
}
