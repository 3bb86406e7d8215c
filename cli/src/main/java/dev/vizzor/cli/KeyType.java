package dev.vizzor.cli;

import java.util.Optional;
import picocli.CommandLine.ITypeConverter;

/** The two kinds of keys the gateway issues, and how a client sends each. */
public enum KeyType {
  API("X-API-Key: <key>"),
  VEL("Authorization: Bearer <key>");

  private final String usage;

  KeyType(String usage) {
    this.usage = usage;
  }

  public String wireName() {
    return WireEnum.wireName(this);
  }

  /** The request header that carries a key of this type. */
  public String usage() {
    return usage;
  }

  static Optional<KeyType> fromWireName(String text) {
    for (KeyType type : values()) {
      if (type.wireName().equals(text)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /** Picocli converter for {@code --type}. */
  public static final class Converter implements ITypeConverter<KeyType> {
    @Override
    public KeyType convert(String text) {
      return WireEnum.parse(KeyType.class, text, "key type");
    }
  }
}
