/**
 * The internal identity (DESIGN.md, "Inside the cluster") and its verification in a service. Each
 * bean here is built only where {@code quarkus.smallrye-jwt.enabled} exists, the build property of
 * the quarkus-smallrye-jwt extension: in every service, not in the gateway, which is built on
 * common too but signs these tokens instead of verifying them.
 */
package dev.vizzor.common.identity;
