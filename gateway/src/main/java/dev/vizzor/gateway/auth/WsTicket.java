package dev.vizzor.gateway.auth;

/**
 * A ticket as its client receives it: the ticket, when it stops opening a socket (ISO-8601 UTC),
 * and the path to open the socket with.
 */
public record WsTicket(String ticket, String expiresAt, String url) {}
