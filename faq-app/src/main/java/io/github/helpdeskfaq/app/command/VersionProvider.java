package io.github.helpdeskfaq.app.command;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the version in the jar's manifest, or a plain statement that there is none (run from classes). */
final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {"faq-app " + version(), "Java ${java.version} (${java.vendor})"};
  }

  static String version() {
    String version = VersionProvider.class.getPackage().getImplementationVersion();
    return version == null ? "(development build: not run from the packaged jar)" : version;
  }
}
