package io.github.helpdeskfaq.bench.modules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import redis.embedded.RedisServer;

/**
 * A real redis-server (the binary inside the embedded-redis artifact) on a free loopback port, in a process of its
 * own, so that its CPU never counts in the benchmark's JVM. Saves nothing to disk.
 */
final class EmbeddedRedis implements AutoCloseable {

  private final int port;
  private final RedisServer server;

  private EmbeddedRedis(int port, RedisServer server) {
    this.port = port;
    this.server = server;
  }

  /** Starts one. */
  static EmbeddedRedis start() {
    int port = freeLoopbackPort();
    try {
      RedisServer server = RedisServer.newRedisServer()
          .bind("127.0.0.1")
          .port(port)
          .setting("save \"\"")
          .setting("appendonly no")
          .soutListener(line -> { })
          .serrListener(line -> { })
          .build();
      server.start();
      return new EmbeddedRedis(port, server);
    } catch (IOException e) {
      throw new UncheckedIOException("redis-server did not start on 127.0.0.1:" + port, e);
    }
  }

  String uri() {
    return "redis://127.0.0.1:" + port;
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freeLoopbackPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
