package io.github.helpdeskfaq.bench;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Not a client anyone would use: the server's ceiling. One keep-alive socket per thread writes a request prepared
 * once and reads the answer by its {@code Content-Length} into a reused buffer: no HTTP library, no JSON, almost no
 * allocation. When this is well ahead of the clients, the server is not what the other rows measure.
 */
final class RawSocketClient implements BenchClient {

  private final String host;
  private final int port;
  private final byte[] faqRequest;
  private final byte[] imageRequest;
  private final List<Connection> connections = new CopyOnWriteArrayList<>();
  private final ThreadLocal<Connection> connection = ThreadLocal.withInitial(this::connect);

  RawSocketClient(Endpoint endpoint) {
    URI base = URI.create(endpoint.baseUrl);
    this.host = base.getHost();
    this.port = base.getPort();
    this.faqRequest = request(BenchServer.FAQ_PATH);
    this.imageRequest = request(BenchServer.IMAGE_PATH);
  }

  private byte[] request(String path) {
    return ("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAuthorization: " + BenchServer.BEARER
        + "\r\nX-Lark-Helpdesk-Authorization: " + BenchServer.HELPDESK_AUTHORIZATION + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  /** Returns this thread's connection, whose buffer holds the FAQ's JSON until the thread's next call. */
  @Override
  public Connection getFaq() throws IOException {
    Connection current = connection.get();
    current.exchange(faqRequest, null);
    return current;
  }

  @Override
  public String questionOf(Object faq) {
    String json = ((Connection) faq).body();
    boolean found = json.contains("\"question\":\"" + Seed.QUESTION + "\"")
        || json.contains("\"question\": \"" + Seed.QUESTION + "\"");
    return found ? Seed.QUESTION : "not in: " + json;
  }

  @Override
  public byte[] imageSha256() throws IOException {
    MessageDigest digest = Digests.sha256();
    connection.get().exchange(imageRequest, digest);
    return digest.digest();
  }

  private Connection connect() {
    try {
      Connection opened = new Connection(new Socket(host, port));
      connections.add(opened);
      return opened;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    connections.forEach(Connection::close);
  }

  /** One keep-alive connection and its buffer. */
  static final class Connection {
    private static final byte[] CONTENT_LENGTH = "content-length:".getBytes(StandardCharsets.US_ASCII);

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final byte[] buffer = new byte[Digests.BUFFER_SIZE];
    private int bodyStart;
    private int bodyLength;

    Connection(Socket socket) throws IOException {
      socket.setTcpNoDelay(true);
      this.socket = socket;
      this.in = socket.getInputStream();
      this.out = socket.getOutputStream();
    }

    /** Sends the request and reads the whole answer: into the buffer, or through the digest when one is given. */
    void exchange(byte[] request, MessageDigest digest) throws IOException {
      out.write(request);
      out.flush();
      int filled = 0;
      int headerEnd = -1;
      while (headerEnd < 0) {
        int n = in.read(buffer, filled, buffer.length - filled);
        if (n < 0) {
          throw new EOFException("the server closed the connection");
        }
        filled += n;
        headerEnd = headerEnd(filled);
      }
      if (buffer[9] != '2') {
        throw new IOException("raw socket: not a 2xx answer: " + new String(buffer, 0, 12, StandardCharsets.US_ASCII));
      }
      long length = contentLength(headerEnd);
      bodyStart = headerEnd;
      long remaining = length - (filled - headerEnd);
      if (digest == null) {
        if (length > buffer.length - headerEnd) {
          throw new IOException("raw socket: the answer does not fit the buffer");
        }
        while (remaining > 0) {
          int n = in.read(buffer, filled, (int) remaining);
          if (n < 0) {
            throw new EOFException("the server closed the connection");
          }
          filled += n;
          remaining -= n;
        }
        bodyLength = (int) length;
        return;
      }
      digest.update(buffer, headerEnd, filled - headerEnd);
      while (remaining > 0) {
        int n = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
        if (n < 0) {
          throw new EOFException("the server closed the connection");
        }
        digest.update(buffer, 0, n);
        remaining -= n;
      }
      bodyLength = 0;
    }

    private int headerEnd(int filled) {
      for (int i = 3; i < filled; i++) {
        if (buffer[i] == '\n' && buffer[i - 1] == '\r' && buffer[i - 2] == '\n' && buffer[i - 3] == '\r') {
          return i + 1;
        }
      }
      return -1;
    }

    private long contentLength(int headerEnd) throws IOException {
      for (int line = 0; line < headerEnd; line++) {
        if (line > 0 && buffer[line - 1] != '\n') {
          continue;
        }
        if (startsWithIgnoringCase(line, headerEnd)) {
          long value = 0;
          for (int i = line + CONTENT_LENGTH.length; i < headerEnd && buffer[i] != '\r'; i++) {
            if (buffer[i] >= '0' && buffer[i] <= '9') {
              value = value * 10 + (buffer[i] - '0');
            }
          }
          return value;
        }
      }
      throw new IOException("raw socket: no Content-Length");
    }

    private boolean startsWithIgnoringCase(int at, int end) {
      if (at + CONTENT_LENGTH.length > end) {
        return false;
      }
      for (int i = 0; i < CONTENT_LENGTH.length; i++) {
        if (Character.toLowerCase(buffer[at + i]) != CONTENT_LENGTH[i]) {
          return false;
        }
      }
      return true;
    }

    String body() {
      return new String(buffer, bodyStart, bodyLength, StandardCharsets.UTF_8);
    }

    void close() {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing after the run; nothing to do
      }
    }
  }
}
