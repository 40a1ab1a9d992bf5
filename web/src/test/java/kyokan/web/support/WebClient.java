package kyokan.web.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP client for tests: keeps cookies, does not follow redirects, sends the page's CSRF token. */
public final class WebClient {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private String base;
  private final HttpClient http;
  private String csrf;
  private java.net.http.HttpHeaders lastHeaders;

  WebClient(String base) {
    this.base = base;
    this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  public record Response(int status, String body, String location) {}

  /** Sends the next requests to another workbench process (same cookies), as a load balancer would. */
  public WebClient to(String otherBase) {
    this.base = otherBase;
    return this;
  }

  /** A response kept as bytes, for downloads in other encodings. */
  public record Download(int status, String contentType, String disposition, byte[] bytes) {}

  public Download download(String path) {
    try {
      HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
      return new Download(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
          r.headers().firstValue("Content-Disposition").orElse(""), r.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The headers of the last answer. */
  public java.net.http.HttpHeaders lastHeaders() {
    return lastHeaders;
  }

  public Response get(String path) {
    Response r = send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    Matcher m = CSRF.matcher(r.body());
    if (m.find()) csrf = m.group(1);
    return r;
  }

  /** Posts a form with the CSRF token of the last page loaded (loading /login first if none was). */
  public Response post(String path, Map<String, String> form) {
    if (csrf == null) get("/login");
    Map<String, String> withToken = new LinkedHashMap<>(form);
    withToken.putIfAbsent("_csrf", csrf);
    return postRaw(path, withToken);
  }

  public Response postRaw(String path, Map<String, String> form) {
    String body = form.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  /** Posts one file as multipart/form-data field {@code field}, with the page's CSRF token and {@code form}. */
  public Response postFile(String path, String field, String fileName, byte[] content, Map<String, String> form) {
    if (csrf == null) get("/login");
    String boundary = "----kyokan" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    Map<String, String> fields = new LinkedHashMap<>(form);
    fields.putIfAbsent("_csrf", csrf);
    fields.forEach((k, v) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n"
        + v + "\r\n").getBytes(StandardCharsets.UTF_8)));
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
  }

  public WebClient login(String email, String password) {
    Response r = post("/login", Map.of("email", email, "password", password));
    if (r.status() != 302) throw new IllegalStateException("login failed for " + email + ": " + r.status());
    follow(get("/"));
    return this;
  }

  /** Follows redirects the way a browser would, so the token of the page finally shown is kept. */
  public Response follow(Response r) {
    Response current = r;
    for (int hops = 0; current.status() / 100 == 3 && current.location() != null && hops < 5; hops++) {
      current = get(current.location());
    }
    return current;
  }

  private Response send(HttpRequest request) {
    try {
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      lastHeaders = r.headers();
      return new Response(r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(null));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
