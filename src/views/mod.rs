//! Routed views, one component per file.

mod article;
mod discrepancies;
mod not_found;
mod only_here;
mod overview;
mod pair;
mod quotes;

pub use article::ArticleView;
pub use discrepancies::DiscrepanciesView;
pub use not_found::NotFound;
pub use only_here::OnlyHereView;
pub use overview::Overview;
pub use pair::PairView;
pub use quotes::QuotesView;
