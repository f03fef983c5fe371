package io.github.helpdeskfaq.app.settings;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;

/** The program's demo helpdesk, for tests in other packages that serve it on a simulated Feishu. */
public final class DemoData {

  private DemoData() {}

  /** A fake holding the demo data, as the program's fake adapter holds it. */
  public static FakeHelpdesk helpdesk() {
    return FakeData.demo();
  }
}
