package com.example.products;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** GET /products and GET /products/{id}. */
@RestController
public class ProductController {
  private final ProductRepository products;

  /**
   * The JSON name of a product's name: "name". A release that renames it ("title") breaks its
   * consumers; the example's README shows the verification catching it (products.name-field).
   */
  private final String nameField;

  public ProductController(
      ProductRepository products, @Value("${products.name-field:name}") String nameField) {
    this.products = products;
    this.nameField = nameField;
  }

  @GetMapping("/products")
  public List<Map<String, Object>> all() {
    return products.findAll().stream().map(this::json).toList();
  }

  @GetMapping("/products/{id}")
  public ResponseEntity<Map<String, Object>> one(@PathVariable long id) {
    return products
        .findById(id)
        .map(p -> ResponseEntity.ok(json(p)))
        .orElseGet(() -> ResponseEntity.status(404).body(Map.of("message", "Product not found")));
  }

  private Map<String, Object> json(Product p) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", p.getId());
    out.put(nameField, p.getName());
    out.put("type", p.getType());
    return out;
  }
}
