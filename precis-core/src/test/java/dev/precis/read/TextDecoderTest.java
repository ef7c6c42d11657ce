package dev.precis.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private static final String CZECH = "Příliš žluťoučký kůň úpěl ďábelské ódy. Řeka se vylila z břehů.";
  private static final String FRENCH = "Le président a déjà annoncé là-bas où ça se passera, à Paris.";

  private final TextDecoder decoder = new TextDecoder(null);

  @Test
  void validUtf8IsReadAsUtf8WithoutWarning() {
    TextDecoder.Decoded decoded = decoder.decode(CZECH.getBytes(StandardCharsets.UTF_8), null);

    assertThat(decoded.text()).isEqualTo(CZECH);
    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(decoded.warning()).isNull();
  }

  @Test
  void utf8ByteOrderMarkIsStripped() {
    byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("Storm warning"));

    assertThat(decoder.decode(bytes, null).text()).isEqualTo("Storm warning");
  }

  @Test
  void utf16ByteOrderMarksSelectTheByteOrder() {
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, CZECH.getBytes(StandardCharsets.UTF_16LE));
    byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, CZECH.getBytes(StandardCharsets.UTF_16BE));

    assertThat(decoder.decode(le, null).text()).isEqualTo(CZECH);
    assertThat(decoder.decode(le, null).charset()).isEqualTo(StandardCharsets.UTF_16LE);
    assertThat(decoder.decode(be, null).text()).isEqualTo(CZECH);
    assertThat(decoder.decode(be, null).charset()).isEqualTo(StandardCharsets.UTF_16BE);
  }

  @Test
  void czechWindows1250IsRecognisedAndReported() {
    TextDecoder.Decoded decoded = decoder.decode(CZECH.getBytes(TextDecoder.WINDOWS_1250), null);

    assertThat(decoded.text()).isEqualTo(CZECH);
    assertThat(decoded.charset()).isEqualTo(TextDecoder.WINDOWS_1250);
    assertThat(decoded.warning()).contains("not valid UTF-8").contains("windows-1250");
  }

  @Test
  void frenchWindows1252IsNotMistakenForCentralEuropean() {
    TextDecoder.Decoded decoded = decoder.decode(FRENCH.getBytes(TextDecoder.WINDOWS_1252), null);

    assertThat(decoded.text()).isEqualTo(FRENCH);
    assertThat(decoded.charset()).isEqualTo(TextDecoder.WINDOWS_1252);
    assertThat(decoded.warning()).contains("windows-1252");
  }

  @Test
  void configuredFallbackReplacesTheGuess() {
    Charset latin2 = Charset.forName("ISO-8859-2");
    String polish = "Zażółć gęślą jaźń";
    TextDecoder.Decoded decoded = new TextDecoder(latin2).decode(polish.getBytes(latin2), null);

    assertThat(decoded.text()).isEqualTo(polish);
    assertThat(decoded.warning()).contains("ISO-8859-2").contains("configured fallback");
  }

  @Test
  void declaredCharsetWinsOverUtf8() {
    String text = "Řidiči čekali na mostě";
    TextDecoder.Decoded decoded =
        decoder.decode(text.getBytes(Charset.forName("ISO-8859-2")), "iso-8859-2");

    assertThat(decoded.text()).isEqualTo(text);
    assertThat(decoded.charset().name()).isEqualTo("ISO-8859-2");
    assertThat(decoded.warning()).isNull();
  }

  @Test
  void declaredLatin1IsReadAsWindows1252LikeBrowsersDo() {
    byte[] bytes = {'a', (byte) 0x93, 'q', (byte) 0x94}; // curly quotes only exist in 1252

    assertThat(decoder.decode(bytes, "ISO-8859-1").text()).isEqualTo("a\u201Cq\u201D");
  }

  @Test
  void unknownDeclaredCharsetIsIgnoredWithAWarning() {
    TextDecoder.Decoded decoded = decoder.decode(utf8("café"), "x-no-such-charset");

    assertThat(decoded.text()).isEqualTo("café");
    assertThat(decoded.warning()).contains("x-no-such-charset");
  }

  /** Found by the TextDecodingFuzzer: a second mark opened the text, or a later paragraph. */
  @Test
  void everyByteOrderMarkIsStripped() {
    byte[] utf16 = {(byte) 0xFE, (byte) 0xFF, (byte) 0xFE, (byte) 0xFF, 0, 'H', 0, 'i'};
    assertThat(decoder.decode(utf16, null).text()).isEqualTo("Hi");
    byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF,
        (byte) 0xBB, (byte) 0xBF}, utf8("Storm warning"));
    assertThat(decoder.decode(utf8, null).text()).isEqualTo("Storm warning");
    byte[] joined = concat(concat(utf8("Storm\n\n"), new byte[] {(byte) 0xEF, (byte) 0xBB,
        (byte) 0xBF}), utf8("Second file."));
    assertThat(decoder.decode(joined, null).text()).isEqualTo("Storm\n\nSecond file.");
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
