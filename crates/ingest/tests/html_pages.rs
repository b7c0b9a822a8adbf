//! Whole saved pages, written for these tests in the shapes news sites use, read by
//! [`html::read`]: the story and nothing around it, and what the page says about itself. And
//! pages built to be hard on the scanner (a megabyte of markup, ten thousand nested elements)
//! come back in reasonable time.

use parallax_ingest::html;

/// A news site of today: navigation, Open Graph and JSON-LD in the head, the story in an
/// `<article>` with a byline, a figure, an inline "related" box, a share bar, a newsletter
/// sign-up, comments and a footer around it.
const MODERN: &str = r##"<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Harbour towns count the cost of Storm Ana | The Coastal Courier</title>
<meta property="og:title" content="Harbour towns count the cost of Storm Ana">
<meta property="og:site_name" content="The Coastal Courier">
<meta property="og:url" content="https://www.coastalcourier.example/news/storm-ana-harbour-towns">
<script type="application/ld+json">
{"@context":"https://schema.org","@graph":[
 {"@type":"Organization","@id":"https://www.coastalcourier.example/#org","name":"The Coastal Courier"},
 {"@type":"NewsArticle","headline":"Harbour towns count the cost of Storm Ana",
  "datePublished":"2024-02-03T07:15:00Z",
  "author":[{"@type":"Person","name":"Mairead Kelly"},{"@type":"Person","name":"Tomás Ruiz"}],
  "publisher":{"@id":"https://www.coastalcourier.example/#org"}}]}
</script>
<script>window.ads = []; document.write("<p>not text</p>");</script>
<style>.share { display: flex }</style>
</head>
<body class="article-page has-sidebar">
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
  <li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
  <div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
</header>
<main id="main">
<article class="story">
  <header class="story-header">
    <p class="kicker"><a href="/news/weather">Weather</a></p>
    <h1>Harbour towns count the cost of Storm Ana</h1>
    <p class="byline">By <a rel="author" href="/staff/mkelly">Mairead Kelly</a> and Tomás Ruiz</p>
    <time datetime="2024-02-03T07:15:00Z">3 February 2024</time>
  </header>
  <div class="share-bar"><a href="https://facebook.example/share">Share on Facebook</a>
    <a href="https://x.example/intent">Share on X</a> <a href="mailto:?subject=Storm">Email</a></div>
  <figure><img src="harbour.jpg" alt="Boats on the quay"><figcaption>Boats were thrown onto the
    quay at Ballyglass. Photo: Seán Byrne</figcaption></figure>
  <div class="story-body">
    <p>Fishermen in Ballyglass spent Saturday hauling boats back into the water after Storm Ana
    drove a surge of seawater over the harbour wall on Friday night.</p>
    <p>&ldquo;We have never seen the sea come in that far,&rdquo; said Dara Quinn, who has fished
    out of the town for thirty years. &ldquo;It took the boats off their moorings like toys.&rdquo;</p>
    <aside class="related"><h3>Related</h3><ul>
      <li><a href="/news/flood-defences">Council delays vote on flood defences</a></li>
      <li><a href="/news/storm-names">Why storms get their names</a></li></ul></aside>
    <p>The county council said 140 homes had been flooded along the coast, and that engineers
    would inspect the harbour wall on Monday before deciding whether it could be repaired.</p>
    <h2>Power cuts</h2>
    <p>About 12,000 customers were still without electricity on Saturday evening, the network
    operator said, most of them in rural areas where fallen trees had brought down lines.</p>
    <p>Crews from neighbouring counties had been called in, and the operator expected most
    supplies to be restored by Sunday night.</p>
  </div>
  <div class="newsletter-signup"><p>Get the Courier&rsquo;s morning briefing in your inbox every
    day, with the news that matters to the coast.</p><form><input type="email"><button>Sign up
    </button></form></div>
  <footer class="story-footer"><ul class="tags"><li><a href="/t/storms">Storms</a></li>
    <li><a href="/t/ballyglass">Ballyglass</a></li></ul></footer>
</article>
<section id="comments" class="comments">
  <h2>Comments (2)</h2>
  <article class="comment"><p class="comment-author">harbourwatcher</p><p>This is what happens
  when the council ignores every warning about the wall for ten years. Shameful, and the people
  of Ballyglass are paying for it now with their homes and their boats.</p></article>
  <article class="comment"><p class="comment-author">seaview</p><p>Thoughts with everyone in
  the town tonight. The volunteers at the lifeboat station deserve every bit of praise they
  get for what they did on Friday night in that weather.</p></article>
</section>
</main>
<aside class="sidebar">
  <section class="most-read"><h2>Most read</h2><ol>
    <li><a href="/a">Ferry sailings cancelled as second storm approaches the west coast</a></li>
    <li><a href="/b">Lifeboat crew praised for night rescue off the headland</a></li></ol></section>
  <div class="promo"><p>Subscribe today and get your first three months of unlimited digital
  access for just one euro a month, cancel any time.</p></div>
</aside>
<footer class="site-footer"><p>&copy; 2024 The Coastal Courier. All rights reserved.</p>
<ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy</a></li></ul></footer>
</body></html>"##;

#[test]
fn a_modern_news_page() {
    let page = html::read(MODERN);
    assert_eq!(
        page.title(),
        Some("Harbour towns count the cost of Storm Ana")
    );
    let meta = &page.meta;
    assert_eq!(meta.title.as_deref(), page.title());
    assert_eq!(meta.outlet.as_deref(), Some("The Coastal Courier"));
    assert_eq!(
        meta.url.as_deref(),
        Some("https://www.coastalcourier.example/news/storm-ana-harbour-towns")
    );
    assert_eq!(meta.byline.as_deref(), Some("Mairead Kelly, Tomás Ruiz"));
    assert_eq!(meta.published.as_deref(), Some("2024-02-03T07:15:00Z"));
    assert_eq!(
        page.paragraphs,
        [
            "Fishermen in Ballyglass spent Saturday hauling boats back into the water after \
             Storm Ana drove a surge of seawater over the harbour wall on Friday night.",
            "“We have never seen the sea come in that far,” said Dara Quinn, who has fished out \
             of the town for thirty years. “It took the boats off their moorings like toys.”",
            "The county council said 140 homes had been flooded along the coast, and that \
             engineers would inspect the harbour wall on Monday before deciding whether it \
             could be repaired.",
            "Power cuts",
            "About 12,000 customers were still without electricity on Saturday evening, the \
             network operator said, most of them in rural areas where fallen trees had brought \
             down lines.",
            "Crews from neighbouring counties had been called in, and the operator expected most \
             supplies to be restored by Sunday night.",
        ]
    );
}

/// A page from 2008: tables for layout, no metadata but a `<title>` with section and site,
/// paragraphs separated by `<br><br>`, a column of links and a "more headlines" list of
/// teasers (headline link, summary) below the story.
const TABLES: &str = r##"<html><head>
<title>Ferry operator fined over safety breaches - Business - Western Herald</title>
<script language="JavaScript">function openWin(u){window.open(u)}</script>
</head>
<body bgcolor="#ffffff"><center>
<table width="980" border="0"><tr><td colspan="2"><img src="/img/logo.gif" alt="Western Herald">
<a href="/">Home</a> | <a href="/news/">News</a> | <a href="/business/">Business</a></td></tr>
<tr><td width="160" valign="top" class="leftnav">
<a href="/news/">Latest news</a><br><a href="/sport/">Sport</a><br><a href="/business/">Business</a><br>
<a href="/letters/">Letters</a><br><a href="/weather/">Weather</a><br></td>
<td width="620" valign="top">
<font size="5"><b>Ferry operator fined over safety breaches</b></font><br>
<font size="1">Last updated: 14/01/2008 11:20</font><br><br>
<font size="2">A ferry operator has been fined &pound;250,000 after admitting that it sailed with
faulty life-saving equipment on its crossing to the islands last winter.<br><br>
The court heard that inspectors found two of the vessel's four life rafts could not be launched,
and that the crew had not carried out a drill for more than three months.<br><br>
In a statement the company said it had &quot;accepted full responsibility&quot; and had since
replaced its safety officer and retrained all of its crews.<br><br>
Passenger groups welcomed the fine but said the case raised wider questions about inspections
on smaller routes.</font><br><br>
<a href="javascript:openWin('/print.asp?id=2231')">Print this story</a> |
<a href="/email.asp?id=2231">Email this story</a><br><br>
<b>More headlines</b><br>
<dl>
<dt><a href="/business/2232.html">Harbour board approves new marina plan</a></dt>
<dd>The harbour board has approved plans for a 200-berth marina on the east pier.</dd>
<dt><a href="/business/2233.html">Fish prices rise as boats stay in port</a></dt>
<dd>Prices at the market rose for a third week as bad weather kept the fleet tied up.</dd>
<dt><a href="/business/2234.html">Bank to close three branches in the county</a></dt>
<dd>The bank said fewer customers were using the branches since online banking began.</dd>
</dl>
</td></tr></table></center></body></html>"##;

#[test]
fn a_page_laid_out_in_tables() {
    let page = html::read(TABLES);
    // The `<title>` without the site's name and the section.
    assert_eq!(
        page.title(),
        Some("Ferry operator fined over safety breaches")
    );
    assert_eq!(page.meta.outlet, None);
    assert_eq!(page.meta.url, None);
    assert_eq!(
        page.paragraphs,
        [
            // One `<br>` after a line without a sentence's end is a space: it might cut one.
            "Ferry operator fined over safety breaches Last updated: 14/01/2008 11:20",
            "A ferry operator has been fined £250,000 after admitting that it sailed with faulty \
             life-saving equipment on its crossing to the islands last winter.",
            "The court heard that inspectors found two of the vessel's four life rafts could not \
             be launched, and that the crew had not carried out a drill for more than three \
             months.",
            "In a statement the company said it had \"accepted full responsibility\" and had \
             since replaced its safety officer and retrained all of its crews.",
            "Passenger groups welcomed the fine but said the case raised wider questions about \
             inspections on smaller routes.",
        ]
    );
}

/// An ASP.NET page: everything inside one `<form>`, view state in hidden inputs, a hidden
/// panel, a print-only copy of the headline, the story in a plain `<div>`, and a blog-like
/// sidebar of teasers marked up as `<article>`.
const ASPNET: &str = r##"<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<!-- saved from url=(0064)https://www.valleytimes.example/news/article.aspx?id=90215&sec=4 -->
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>
	Valley Times :: Mill to reopen with 80 jobs
</title><meta name="description" content="The old wool mill will reopen in spring." /></head>
<body><form name="aspnetForm" method="post" action="article.aspx?id=90215" id="aspnetForm">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk" /></div>
<div id="ctl00_pnlAlert" style="DISPLAY: none">Breaking: this panel is shown by a script.</div>
<div id="ctl00_Header"><span class="PrintOnly" aria-hidden="true">Valley Times</span>
<a href="/default.aspx">Home</a> &middot; <a href="/news.aspx">News</a></div>
<div id="ctl00_ContentPlaceHolder1_pnlStory" class="storyPanel">
<h1 id="ctl00_ContentPlaceHolder1_lblHeadline">Mill to reopen with 80 jobs</h1>
<span id="ctl00_ContentPlaceHolder1_lblByline" class="byline">By Rhys Morgan</span>
<div id="ctl00_ContentPlaceHolder1_lblBody"><p>The old wool mill on the river will reopen in the
spring with 80 jobs, its new owners said on Thursday.</p><p>The building has stood empty since
2009, when the last of the weaving sheds closed after more than a century of work.</p>
<p>The owners, a family firm from the north of the county, plan to make blankets and throws for
hotels, and will train new weavers at the mill over the winter.</p></div></div>
<div id="ctl00_Sidebar">
<article class="teaser"><h4><a href="/news/article.aspx?id=90214">School roof repairs to start</a></h4>
<p>Work will begin at half term.</p></article>
<article class="teaser"><h4><a href="/news/article.aspx?id=90213">Bypass consultation opens</a></h4>
<p>Residents can comment until March.</p></article></div>
<script type="text/javascript">//<![CDATA[
theForm.oldSubmit = theForm.submit; //]]></script>
</form></body></html>"##;

#[test]
fn an_aspnet_page_in_one_form() {
    let page = html::read(ASPNET);
    assert_eq!(page.title(), Some("Mill to reopen with 80 jobs"));
    assert_eq!(
        page.meta.url.as_deref(),
        Some("https://www.valleytimes.example/news/article.aspx?id=90215&sec=4")
    );
    assert_eq!(page.meta.outlet.as_deref(), Some("valleytimes.example"));
    assert_eq!(page.meta.byline.as_deref(), Some("Rhys Morgan"));
    assert_eq!(
        page.paragraphs,
        [
            "The old wool mill on the river will reopen in the spring with 80 jobs, its new \
             owners said on Thursday.",
            "The building has stood empty since 2009, when the last of the weaving sheds closed \
             after more than a century of work.",
            "The owners, a family firm from the north of the county, plan to make blankets and \
             throws for hotels, and will train new weavers at the mill over the winter.",
        ]
    );
    let text = html::to_text(ASPNET);
    assert!(text.starts_with(
        "Mill to reopen with 80 jobs\n\
         https://www.valleytimes.example/news/article.aspx?id=90215&sec=4\n\n\
         The old wool mill"
    ));
}

/// A blog post: the story in `div.entry-content`, "you may also like" teasers and the
/// comments as `<article>`s with more text than the post.
const BLOG: &str = r##"<html><head><meta charset="utf-8">
<title>Ten years of the river walk &#8211; Notes from the Towpath</title>
<meta property="og:title" content="Ten years of the river walk">
<meta property="og:site_name" content="Notes from the Towpath">
<meta property="article:published_time" content="2019-05-04T18:02:11+01:00">
</head><body class="single single-post">
<div id="page" class="site"><div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-812" class="post-812 post type-post hentry">
<header class="entry-header"><h1 class="entry-title">Ten years of the river walk</h1>
<div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published"
datetime="2019-05-04T18:02:11+01:00">4 May 2019</time></span></div></header>
<div class="entry-content">
<p>It is ten years this week since I first walked the towpath from the lock to the old
bridge, and I have walked it most weeks since, in every kind of weather.</p>
<p>Some things have changed. The boatyard has gone, and flats stand where the slipway was; the
kingfishers that nested under the bridge moved downstream when the bank was rebuilt.</p>
<p>Other things have not. The heron is still there every morning, standing on the same post,
ignoring everyone who walks past with the same perfect indifference.</p>
</div>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul>
<li><a href="?share=twitter">Twitter</a></li><li><a href="?share=facebook">Facebook</a></li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3>You may also like</h3>
<article class="related-post"><h4><a href="/2019/04/swans">The swans are back</a></h4>
<p>A pair of swans has returned to the basin for the first time in years.</p></article>
</div></article>
<div id="comments" class="comments-area"><h2 class="comments-title">3 thoughts</h2><ol class="comment-list">
<li id="comment-101" class="comment"><article id="div-comment-101" class="comment-body">
<footer class="comment-meta">Anne says:</footer><div class="comment-content"><p>Lovely piece. I
walk the same stretch with my dog and we see the heron most mornings too, though he is less
indifferent to the dog than he is to people, I have noticed over the years.</p></div></article></li>
<li id="comment-102" class="comment"><article id="div-comment-102" class="comment-body">
<footer class="comment-meta">Bill says:</footer><div class="comment-content"><p>I miss the
boatyard. My father worked there in the sixties and seventies, and I used to watch them take the
narrowboats out of the water for painting every spring, which took weeks.</p></div></article></li>
<li id="comment-103" class="comment"><article id="div-comment-103" class="comment-body">
<footer class="comment-meta">Cath says:</footer><div class="comment-content"><p>Ten years! Here
is to ten more. Thank you for writing these notes, they are always a pleasure to read on a
Sunday morning with a cup of tea and nowhere to be.</p></div></article></li></ol></div>
</main></div></div></div></body></html>"##;

#[test]
fn a_blog_post_with_longer_comments() {
    let page = html::read(BLOG);
    assert_eq!(page.title(), Some("Ten years of the river walk"));
    assert_eq!(page.meta.outlet.as_deref(), Some("Notes from the Towpath"));
    assert_eq!(
        page.meta.published.as_deref(),
        Some("2019-05-04T18:02:11+01:00")
    );
    assert_eq!(page.paragraphs.len(), 3, "{:?}", page.paragraphs);
    assert!(page.paragraphs[0].starts_with("It is ten years this week"));
    assert!(page.paragraphs[2].ends_with("the same perfect indifference."));
}

/// Pages built to be hard on the scanner come back, with their text, in reasonable time (no
/// clock is asserted: a quadratic step would make these run for minutes, not milliseconds).
#[test]
fn hostile_pages_stay_fast() {
    // A megabyte of paragraphs, links and unclosed inline elements.
    let unit = "<div class=\"item\"><p>The council met on Monday to <a href=\"/x\">discuss</a> \
                the <b>budget, <i>again</p><span>and</span></div>";
    let big = unit.repeat(1_000_000 / unit.len() + 1);
    assert!(big.len() > 1_000_000);
    let page = html::read(&big);
    assert!(!page.paragraphs.is_empty());

    // Ten thousand nested elements, and as many stray end tags.
    let deep = format!(
        "{}<p>The deepest paragraph of prose in the whole page, at the bottom.</p>{}{}",
        "<div class=\"wrap\">".repeat(10_000),
        "</span></li></h2></td>".repeat(10_000),
        "</div>".repeat(10_000)
    );
    let page = html::read(&deep);
    assert_eq!(
        page.paragraphs,
        ["The deepest paragraph of prose in the whole page, at the bottom."]
    );

    // Unclosed elements of every kind, and list items and cells outside their lists.
    let messy = "<li><td><dd><h3><a name=x><b><font>".repeat(10_000)
        + "<p>Text that ends a very messy page, with words enough to count.</p>";
    let page = html::read(&messy);
    assert!(page
        .paragraphs
        .iter()
        .any(|p| p.starts_with("Text that ends")));

    // Many scripts and comments, one never closed.
    let scripts = "<script>var a = '</div>';</script><!-- <p>no</p> -->".repeat(20_000)
        + "<p>After the scripts, one paragraph of article text to find.</p><script>never";
    let page = html::read(&scripts);
    assert_eq!(
        page.paragraphs,
        ["After the scripts, one paragraph of article text to find."]
    );
}
