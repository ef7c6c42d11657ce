package dev.precis.server;

import dev.precis.PrecisException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The secret that writes to the store must present as {@code Authorization: Bearer TOKEN}. It is
 * kept only as a SHA-256 digest and compared in constant time, so neither a log line nor the time
 * an answer takes gives it away.
 *
 * <pre>{@code
 * AccessToken token = AccessToken.fromFile(Path.of("/etc/precis/token"));
 * boolean ok = token.matches(request.header("Authorization"));
 * }</pre>
 */
final class AccessToken {
  /** Shorter tokens can be guessed; {@code openssl rand -hex 32} gives 64 characters. */
  static final int MIN_LENGTH = 16;
  private static final String BEARER = "Bearer ";

  private final byte[] digest;

  private AccessToken(String token) {
    this.digest = sha256(token);
  }

  /** The token in {@code file}: its only line, without surrounding white space. */
  static AccessToken fromFile(Path file) {
    String token;
    try {
      token = Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new PrecisException("cannot read the token file " + file + ": "
          + ArticleStore.describe(e), e);
    }
    return of(token, "the token in " + file);
  }

  /** A token given directly (tests, embedding); {@code what} names it in a refusal. */
  static AccessToken of(String token, String what) {
    if (token.length() < MIN_LENGTH || token.chars().anyMatch(c -> c <= ' ' || c > '~')) {
      throw new PrecisException(what + " must be at least " + MIN_LENGTH + " printable ASCII "
          + "characters without spaces (e.g. the output of: openssl rand -hex 32)");
    }
    return new AccessToken(token);
  }

  /** Whether an {@code Authorization} header value carries this token. */
  boolean matches(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return false;
    }
    // digests have one length whatever was sent: the comparison time says nothing about the token
    return MessageDigest.isEqual(digest, sha256(authorization.substring(BEARER.length()).strip()));
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "AccessToken[hidden]";
  }
}
