package com.example.products;

import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The provider states the consumers' pacts name, set up in PostgreSQL: what pact-jvm's
 * {@code @State} methods do in-process, as an HTTP endpoint that exists only under the "pact"
 * profile (the verification sets SPRING_PROFILES_ACTIVE=pact; production never does).
 */
@RestController
@Profile("pact")
public class PactStateController {
  private final JdbcTemplate db;

  public PactStateController(JdbcTemplate db) {
    this.db = db;
  }

  /** Body: {"state": "...", "params": {...}, "action": "setup" | "teardown"}. */
  @PostMapping("/_pact/state")
  public Map<String, Object> change(@RequestBody Map<String, Object> body) {
    String state = String.valueOf(body.getOrDefault("state", ""));
    if ("teardown".equals(body.get("action"))) {
      db.update("DELETE FROM products");
      return Map.of();
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> params = (Map<String, Object>) body.getOrDefault("params", Map.of());
    switch (state) {
      case "products exist" -> {
        db.update("DELETE FROM products");
        insert(9, "Gem Visa", "CREDIT_CARD");
        insert(10, "28 Degrees", "CREDIT_CARD");
      }
      case "a product exists" -> {
        long id = ((Number) params.getOrDefault("id", 10)).longValue();
        db.update("DELETE FROM products WHERE id = ?", id);
        insert(id, String.valueOf(params.getOrDefault("name", "28 Degrees")), "CREDIT_CARD");
      }
      case "no product exists" -> db.update("DELETE FROM products");
      default -> {}
    }
    return Map.of();
  }

  private void insert(long id, String name, String type) {
    db.update("INSERT INTO products (id, name, type) VALUES (?, ?, ?)", id, name, type);
  }
}
