//! Reusable components, one per file.

mod add_articles;
mod article_card;
mod article_list;
mod article_sentence;
mod copy_link;
mod diff_text;
mod doc_picker;
mod document_missing;
mod download_button;
mod help_overlay;
mod marked_text;
mod pair_row;
mod ranked_pairs;
mod shared_statements;
mod similarity_matrix;
mod strictness;
mod work_status;
mod your_article;

pub use add_articles::{add_files, AddArticles};
pub use article_card::ArticleCard;
pub use article_list::ArticleList;
pub use article_sentence::ArticleSentence;
pub use copy_link::CopyLink;
pub use diff_text::DiffText;
pub use doc_picker::DocPicker;
pub use document_missing::DocumentMissing;
pub use download_button::{save_status, DownloadButton};
pub use help_overlay::HelpOverlay;
pub use marked_text::MarkedText;
pub use pair_row::PairRow;
pub use ranked_pairs::RankedPairs;
pub use shared_statements::SharedStatements;
pub use similarity_matrix::SimilarityMatrix;
pub use strictness::Strictness;
pub use work_status::WorkStatus;
pub use your_article::YourArticle;
