package dev.precis.fetch;

/**
 * What makes a request conditional: the {@code ETag} and {@code Last-Modified} of the last
 * answer, either may be null. {@link #NONE} asks for the content unconditionally.
 */
public record Validators(String etag, String lastModified) {
  public static final Validators NONE = new Validators(null, null);

  public static Validators of(Fetched fetched) {
    return new Validators(fetched.etag(), fetched.lastModified());
  }
}
