package dev.vizzor.webhook.domain;

/** The row-change kinds Supabase database webhooks send. */
public enum Operation {
  INSERT,
  UPDATE,
  DELETE
}
