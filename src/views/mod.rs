//! Routed views, one component per file.

mod article;
mod not_found;
mod overview;
mod pair;

pub use article::ArticleView;
pub use not_found::NotFound;
pub use overview::Overview;
pub use pair::PairView;
