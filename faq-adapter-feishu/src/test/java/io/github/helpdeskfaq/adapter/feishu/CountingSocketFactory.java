package io.github.helpdeskfaq.adapter.feishu;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLSocketFactory;

/** A TLS socket factory that counts the sockets it makes, and otherwise is the one it wraps. */
final class CountingSocketFactory extends SSLSocketFactory {

  private final SSLSocketFactory delegate;
  private final AtomicInteger made;

  CountingSocketFactory(SSLSocketFactory delegate, AtomicInteger made) {
    this.delegate = delegate;
    this.made = made;
  }

  private Socket counted(Socket socket) {
    made.incrementAndGet();
    return socket;
  }

  @Override
  public String[] getDefaultCipherSuites() {
    return delegate.getDefaultCipherSuites();
  }

  @Override
  public String[] getSupportedCipherSuites() {
    return delegate.getSupportedCipherSuites();
  }

  @Override
  public Socket createSocket(Socket socket, String host, int port, boolean autoClose) throws IOException {
    return counted(delegate.createSocket(socket, host, port, autoClose));
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return counted(delegate.createSocket(host, port));
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
    return counted(delegate.createSocket(host, port, localHost, localPort));
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return counted(delegate.createSocket(host, port));
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
      throws IOException {
    return counted(delegate.createSocket(address, port, localAddress, localPort));
  }
}
