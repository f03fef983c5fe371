package io.github.helpdeskfaq.quota.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import redis.embedded.RedisServer;

/**
 * A real redis-server (the binary inside the embedded-redis artifact) on a free loopback port, which a test can stop
 * and start again on the same port. Saves nothing to disk.
 */
final class LocalRedis implements AutoCloseable {

  private final int port;
  private final RedisServer server;

  LocalRedis() {
    this.port = freeLoopbackPort();
    try {
      this.server = RedisServer.newRedisServer()
          .bind("127.0.0.1")
          .port(port)
          .setting("save \"\"")
          .setting("appendonly no")
          .soutListener(line -> { })
          .serrListener(line -> { })
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  LocalRedis start() {
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException("redis-server did not start on 127.0.0.1:" + port, e);
    }
    return this;
  }

  void stop() {
    try {
      server.stop();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String uri() {
    return "redis://127.0.0.1:" + port;
  }

  int port() {
    return port;
  }

  /** Runs a raw command session against the server, for what a test checks in Redis itself. */
  <T> T inspect(java.util.function.Function<StatefulRedisConnection<String, String>, T> session) {
    RedisClient client = RedisClient.create(uri());
    try (StatefulRedisConnection<String, String> connection = client.connect()) {
      return session.apply(connection);
    } finally {
      client.shutdown(java.time.Duration.ZERO, java.time.Duration.ofSeconds(2));
    }
  }

  @Override
  public void close() {
    if (server.isActive()) {
      stop();
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
