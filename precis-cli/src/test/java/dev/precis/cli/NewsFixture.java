package dev.precis.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Three short articles on one invented story, written for these tests. */
final class NewsFixture {
  static final String HARBOUR = """
      Harbour workers strike over automation plan

      Posted 3 March 2026

      Dock workers at the port of Velmora walked off the job on Monday in protest against a plan \
      to automate two container terminals.
      The strike halted the loading of 14 ships, the port authority said.
      "We will not be replaced by cranes that nobody can talk to," union leader Mara Ostrova said.
      The port authority said the automation plan would create 300 technical jobs by 2028.
      Share this article
      """;
  static final String WIRE = """
      Velmora port strike halts shipping

      VELMORA (Wire) _ Dock workers at Velmora's port walked off the job Monday to protest a plan \
      to automate two container terminals.
      Loading of 14 ships was halted by the strike, according to the port authority.
      Union leader Mara Ostrova said the workers would stay out until the plan is withdrawn.
      Shipping companies warned of delays across the region.
      """;
  static final String BUSINESS = """
      Port automation dispute threatens regional trade

      Shipping companies warned on Tuesday of delays across the region as a strike at the port of \
      Velmora entered its second day.
      The dock workers oppose a plan to automate two container terminals.
      The port handles a third of the country's container traffic, according to government data.
      Talks between the union and the port authority are scheduled for Thursday.
      """;

  private NewsFixture() {}

  static Path write(Path dir) throws IOException {
    Files.writeString(dir.resolve("harbour.txt"), HARBOUR);
    Files.writeString(dir.resolve("wire.txt"), WIRE);
    Files.writeString(dir.resolve("business.txt"), BUSINESS);
    return dir;
  }
}
