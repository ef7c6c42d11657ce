package dev.precis.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PerlCompatibilityTest {

  @Test
  void randomIsDrand48AfterSrand() {
    // drand48 after srand48(0): 0.170828..., 0.749901..., 0.096371...
    PerlRandom random = new PerlRandom(0);
    assertThat(random.nextIndex(10)).isEqualTo(1);
    assertThat(random.nextIndex(10)).isEqualTo(7);
    assertThat(random.nextIndex(10)).isEqualTo(0);
  }

  @Test
  void roundingIsPrintfsHalfEvenOnTheExactBinaryValue() {
    assertThat(PerlNumbers.round5(1.0 / 64)).isEqualTo(0.01562);   // exactly 0.015625: a tie
    assertThat(PerlNumbers.round5(3.0 / 64)).isEqualTo(0.04688);   // 0.046875
    assertThat(PerlNumbers.round5(2.0 / 3)).isEqualTo(0.66667);
    assertThat(PerlNumbers.round5(0.123455)).isEqualTo(0.12345);   // binary value is below the tie
    assertThat(PerlNumbers.format5(0.1)).isEqualTo("0.10000");
  }

  @Test
  void perlSplitCountsALeadingEmptyField() {
    assertThat(LengthCut.perlSplitCount("a b  c".getBytes())).isEqualTo(3);
    assertThat(LengthCut.perlSplitCount(" a b".getBytes())).isEqualTo(3);
    assertThat(LengthCut.perlSplitCount("   ".getBytes())).isZero();
  }
}
