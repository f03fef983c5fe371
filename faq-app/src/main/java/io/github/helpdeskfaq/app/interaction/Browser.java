package io.github.helpdeskfaq.app.interaction;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.net.URI;

/** Opens a page for the person at the machine, when it can. */
@FunctionalInterface
public interface Browser {

  /** No browser: nothing is ever opened. */
  Browser NONE = page -> false;

  /**
   * Opens a page.
   *
   * @param page the page
   * @return whether it was handed to a browser; false when there is none or it refused
   */
  boolean open(URI page);

  /**
   * The desktop's browser, through {@link Desktop#browse}, when the JVM is not headless and the desktop can browse.
   * Nothing of AWT is touched until a page is opened.
   *
   * @return the browser
   */
  static Browser desktop() {
    return page -> {
      if (GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported()
          || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
        return false;
      }
      try {
        Desktop.getDesktop().browse(page);
        return true;
      } catch (IOException | UnsupportedOperationException | SecurityException cannot) {
        return false;
      }
    };
  }
}
