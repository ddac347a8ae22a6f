//! Painting scenes.
