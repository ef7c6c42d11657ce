package dev.precis.server;

/**
 * A request the service refuses, with the HTTP status to answer and a message for the person who
 * sent it. Handlers throw it; {@link Api} turns it into {@code {"status", "error", "message"}}.
 */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  ApiException(int status, String message) {
    super(message);
    this.status = status;
  }

  ApiException(int status, String message, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  int status() {
    return status;
  }

  static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  static ApiException notFound(String message) {
    return new ApiException(404, message);
  }
}
