package dev.vizzor.market.rest;

/** A query parameter of a Velocity endpoint is out of its documented range: 400 bad_request. */
public class BadVelocityQuery extends RuntimeException {
  public BadVelocityQuery(String message) {
    super(message);
  }
}
