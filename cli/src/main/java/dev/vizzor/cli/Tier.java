package dev.vizzor.cli;

import picocli.CommandLine.ITypeConverter;

/** Account tiers (DESIGN.md, "Credentials, accounts, tiers"). */
public enum Tier {
  FREE,
  STARTER,
  PRO,
  UNLIMITED,
  STARTUP,
  ENTERPRISE;

  public String wireName() {
    return WireEnum.wireName(this);
  }

  /** Picocli converter for {@code --tier} and tier parameters. */
  public static final class Converter implements ITypeConverter<Tier> {
    @Override
    public Tier convert(String text) {
      return WireEnum.parse(Tier.class, text, "tier");
    }
  }
}
