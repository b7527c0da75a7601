package com.example.products;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A product of the catalogue, a row of table {@code products}. */
@Entity
@Table(name = "products")
public class Product {
  @Id private Long id;
  private String name;
  private String type;

  protected Product() {}

  public Product(Long id, String name, String type) {
    this.id = id;
    this.name = name;
    this.type = type;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getType() {
    return type;
  }
}
