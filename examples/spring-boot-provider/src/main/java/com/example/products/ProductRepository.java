package com.example.products;

import org.springframework.data.jpa.repository.JpaRepository;

/** The products, in PostgreSQL. */
public interface ProductRepository extends JpaRepository<Product, Long> {}
