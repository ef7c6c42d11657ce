package dev.precis.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 written by hand over a socket, for requests {@code java.net.http} will not send: any
 * {@code Host} header, any {@code Content-Type}, a body sent slowly.
 */
final class RawHttp {
  private RawHttp() {}

  /** A status and body. */
  record Response(int status, String body) {}

  /** Sends {@code head} (request line and headers, without the blank line) and {@code body}. */
  static Response send(String serverUrl, String head, String body) {
    URI uri = URI.create(serverUrl);
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String request = head + "\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n";
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().write(bytes);
      socket.getOutputStream().flush();
      return parse(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Response parse(InputStream in) throws IOException {
    String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    int status = Integer.parseInt(raw.substring(9, 12));
    int bodyStart = raw.indexOf("\r\n\r\n");
    return new Response(status, bodyStart < 0 ? "" : raw.substring(bodyStart + 4));
  }
}
