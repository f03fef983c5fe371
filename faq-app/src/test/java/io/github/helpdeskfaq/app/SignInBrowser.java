package io.github.helpdeskfaq.app;

import io.github.helpdeskfaq.app.interaction.Browser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A browser that a test plays: opens the authorize page (the simulator consents at once and answers 302), follows
 * the redirect to the program's loopback callback, and keeps the page the program answered with. Loopback only.
 */
final class SignInBrowser implements Browser {

  private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final UnaryOperator<String> redirect;
  private final List<HttpResponse<String>> pages = new ArrayList<>();

  private SignInBrowser(UnaryOperator<String> redirect) {
    this.redirect = redirect;
  }

  /** Follows the redirect as it is. */
  static SignInBrowser consenting() {
    return new SignInBrowser(location -> location);
  }

  /** Follows the redirect after {@code tamper} changed where it goes (a forged or stale redirect). */
  static SignInBrowser redirectedTo(UnaryOperator<String> tamper) {
    return new SignInBrowser(tamper);
  }

  @Override
  public boolean open(URI page) {
    HttpResponse<String> authorize = get(page);
    if (authorize.statusCode() != 302) {
      throw new AssertionError("the authorize page answered " + authorize.statusCode() + ": " + authorize.body());
    }
    String location = authorize.headers().firstValue("Location").orElseThrow();
    pages.add(get(URI.create(redirect.apply(location))));
    return true;
  }

  /** The pages the program answered on its callback. */
  List<HttpResponse<String>> callbackPages() {
    return List.copyOf(pages);
  }

  private HttpResponse<String> get(URI uri) {
    try {
      return client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AssertionError(interrupted);
    }
  }
}
