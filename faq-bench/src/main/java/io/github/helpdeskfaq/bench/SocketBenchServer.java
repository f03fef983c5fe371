package io.github.helpdeskfaq.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The benchmark's server: HTTP/1.1 over plain blocking sockets on 127.0.0.1, one thread per connection, just enough
 * HTTP for the three requests the clients send (request line, headers, a {@code Content-Length} body, keep-alive,
 * {@code Connection: close}). Each answer is bytes prepared at start-up, written in one write (the image: its header,
 * then 256 KiB slices of the one array), with {@code TCP_NODELAY}. A request costs a thread one wake-up, one
 * pass over the header bytes and one small record, so that the server stays out of the way of what is measured.
 */
final class SocketBenchServer implements BenchServer {

  private static final int IMAGE_CHUNK = 256 * 1024;
  private static final int MAX_HEADER = 16 * 1024;
  private static final byte[] GET = ascii("GET");
  private static final byte[] POST = ascii("POST");
  private static final byte[] CONTENT_LENGTH = ascii("content-length");
  private static final byte[] AUTHORIZATION = ascii("authorization");
  private static final byte[] HELPDESK = ascii("x-lark-helpdesk-authorization");
  private static final byte[] CONNECTION = ascii("connection");
  private static final byte[] CLOSE = ascii("close");

  private final byte[] tokenPath = ascii(TOKEN_PATH);
  private final byte[] faqPath = ascii(FAQ_PATH);
  private final byte[] imagePath = ascii(IMAGE_PATH);
  private final byte[] bearer = ascii(BEARER);
  private final byte[] helpdesk = ascii(HELPDESK_AUTHORIZATION);
  private final byte[] tokenAnswer = answer(200, "OK", "application/json; charset=utf-8", TOKEN_ANSWER);
  private final byte[] faqAnswer = answer(200, "OK", "application/json; charset=utf-8", Seed.faqJson());
  private final byte[] notFoundAnswer = answer(404, "Not Found", "application/json; charset=utf-8", NOT_FOUND);
  private final byte[] unauthorizedAnswer = answer(401, "Unauthorized", "application/json; charset=utf-8",
      UNAUTHORIZED);
  private final byte[] badRequestAnswer = answer(400, "Bad Request", "text/plain", ascii("bad request"));
  private final byte[] imageHeader;
  private final byte[] image;
  private final String imageSha256;
  private final ServerSocket listener;
  private final List<Socket> open = new CopyOnWriteArrayList<>();

  SocketBenchServer(byte[] image, String imageSha256) throws IOException {
    this.image = image;
    this.imageSha256 = imageSha256;
    this.imageHeader = header(200, "OK", Seed.IMAGE_CONTENT_TYPE, image.length);
    this.listener = new ServerSocket(0, 1024, InetAddress.getLoopbackAddress());
    daemon("bench-server-accept", this::acceptLoop).start();
  }

  @Override
  public String baseUrl() {
    return "http://127.0.0.1:" + listener.getLocalPort();
  }

  @Override
  public String imageSha256() {
    return imageSha256;
  }

  private void acceptLoop() {
    while (!listener.isClosed()) {
      try {
        Socket socket = listener.accept();
        socket.setTcpNoDelay(true);
        open.add(socket);
        daemon("bench-server-connection", () -> serve(socket)).start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  /** Serves one keep-alive connection until the client closes it. */
  private void serve(Socket socket) {
    try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
      byte[] buffer = new byte[MAX_HEADER];
      int filled = 0;
      while (true) {
        int end;
        while ((end = headerEnd(buffer, filled)) < 0) {
          if (filled == buffer.length) {
            out.write(badRequestAnswer);
            return;
          }
          int n = in.read(buffer, filled, buffer.length - filled);
          if (n < 0) {
            return;
          }
          filled += n;
        }
        Request request = parse(buffer, end);
        if (request == null) {
          out.write(badRequestAnswer);
          return;
        }
        long rest = request.contentLength - (filled - end);
        if (rest > 0) {
          // The body goes on past what was read: everything after the header is body, so read over it.
          for (int n; rest > 0; rest -= n) {
            n = in.read(buffer, 0, (int) Math.min(buffer.length, rest));
            if (n < 0) {
              return;
            }
          }
          filled = 0;
        } else {
          int next = end + (int) request.contentLength;
          System.arraycopy(buffer, next, buffer, 0, filled - next);
          filled -= next;
        }
        respond(request, out);
        if (request.close) {
          return;
        }
      }
    } catch (IOException gone) {
      // the client went away: nothing to answer
    } finally {
      open.remove(socket);
    }
  }

  private void respond(Request request, OutputStream out) throws IOException {
    if (request.route == Route.TOKEN) {
      out.write(tokenAnswer);
    } else if (request.route == Route.NONE) {
      out.write(notFoundAnswer);
    } else if (!request.authorized) {
      out.write(unauthorizedAnswer);
    } else if (request.route == Route.FAQ) {
      out.write(faqAnswer);
    } else {
      out.write(imageHeader);
      for (int offset = 0; offset < image.length; offset += IMAGE_CHUNK) {
        out.write(image, offset, Math.min(IMAGE_CHUNK, image.length - offset));
      }
    }
    out.flush();
  }

  private enum Route { TOKEN, FAQ, IMAGE, NONE }

  /** What the server needs of a request. Allocated per request, but only on the server's side. */
  private record Request(Route route, boolean authorized, long contentLength, boolean close) {}

  /** Parses the request line and headers in {@code buffer[0, end)}; null if it is not HTTP/1.1-shaped. */
  private Request parse(byte[] buffer, int end) {
    int methodEnd = indexOf(buffer, 0, end, (byte) ' ');
    int pathEnd = methodEnd < 0 ? -1 : indexOf(buffer, methodEnd + 1, end, (byte) ' ');
    if (pathEnd < 0) {
      return null;
    }
    boolean get = equal(buffer, 0, methodEnd, GET);
    boolean post = equal(buffer, 0, methodEnd, POST);
    int pathStart = methodEnd + 1;
    Route route = post && equal(buffer, pathStart, pathEnd, tokenPath) ? Route.TOKEN
        : get && equal(buffer, pathStart, pathEnd, faqPath) ? Route.FAQ
        : get && equal(buffer, pathStart, pathEnd, imagePath) ? Route.IMAGE
        : Route.NONE;
    boolean bearerOk = false;
    boolean helpdeskOk = false;
    boolean close = false;
    long contentLength = 0;
    int line = indexOf(buffer, pathEnd, end, (byte) '\n') + 1;
    while (line > 0 && line < end - 2) {
      int lineEnd = indexOf(buffer, line, end, (byte) '\r');
      int colon = indexOf(buffer, line, lineEnd, (byte) ':');
      if (lineEnd < 0 || colon < 0) {
        return null;
      }
      int value = colon + 1;
      while (value < lineEnd && buffer[value] == ' ') {
        value++;
      }
      if (equalIgnoringCase(buffer, line, colon, CONTENT_LENGTH)) {
        contentLength = digits(buffer, value, lineEnd);
      } else if (equalIgnoringCase(buffer, line, colon, AUTHORIZATION)) {
        bearerOk = equal(buffer, value, lineEnd, bearer);
      } else if (equalIgnoringCase(buffer, line, colon, HELPDESK)) {
        helpdeskOk = equal(buffer, value, lineEnd, helpdesk);
      } else if (equalIgnoringCase(buffer, line, colon, CONNECTION)) {
        close = equalIgnoringCase(buffer, value, lineEnd, CLOSE);
      }
      line = lineEnd + 2;
    }
    return new Request(route, bearerOk && helpdeskOk, contentLength, close);
  }

  private static int headerEnd(byte[] buffer, int filled) {
    for (int i = 3; i < filled; i++) {
      if (buffer[i] == '\n' && buffer[i - 1] == '\r' && buffer[i - 2] == '\n' && buffer[i - 3] == '\r') {
        return i + 1;
      }
    }
    return -1;
  }

  private static int indexOf(byte[] buffer, int from, int to, byte wanted) {
    for (int i = from; i < to; i++) {
      if (buffer[i] == wanted) {
        return i;
      }
    }
    return -1;
  }

  private static boolean equal(byte[] buffer, int from, int to, byte[] expected) {
    if (to - from != expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if (buffer[from + i] != expected[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean equalIgnoringCase(byte[] buffer, int from, int to, byte[] lowerCase) {
    if (to - from != lowerCase.length) {
      return false;
    }
    for (int i = 0; i < lowerCase.length; i++) {
      byte b = buffer[from + i];
      if ((b >= 'A' && b <= 'Z' ? (byte) (b + 32) : b) != lowerCase[i]) {
        return false;
      }
    }
    return true;
  }

  private static long digits(byte[] buffer, int from, int to) {
    long value = 0;
    for (int i = from; i < to && buffer[i] >= '0' && buffer[i] <= '9'; i++) {
      value = value * 10 + (buffer[i] - '0');
    }
    return value;
  }

  private static byte[] header(int status, String reason, String contentType, long length) {
    return ascii("HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: " + contentType + "\r\nContent-Length: "
        + length + "\r\n\r\n");
  }

  private static byte[] answer(int status, String reason, String contentType, byte[] body) {
    byte[] header = header(status, reason, contentType, body.length);
    byte[] answer = new byte[header.length + body.length];
    System.arraycopy(header, 0, answer, 0, header.length);
    System.arraycopy(body, 0, answer, header.length, body.length);
    return answer;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static Thread daemon(String name, Runnable work) {
    Thread thread = new Thread(work, name);
    thread.setDaemon(true);
    return thread;
  }

  @Override
  public void close() {
    try {
      listener.close();
    } catch (IOException ignored) {
      // stopping anyway
    }
    open.forEach(socket -> {
      try {
        socket.close();
      } catch (IOException ignored) {
        // stopping anyway
      }
    });
  }
}
