"""The general pack on furniture lines of the kinds real sites print: each line goes, by the rule named.

Each case is a line as sites write it, with the id of the rule that must take it,
so that a rule edited too narrowly (or switched off) fails here by name.
"""
from __future__ import annotations

import pytest

from cleaner import Cleaner

BODY = "The city council approved the plan on Monday after a long debate, officials said."

DROPPED_BY = [
    # Paywalls, counters, promotions with their buttons
    ("The complete article is available to Harbour Ledger subscribers.", "paywall-english"),
    ("Members only", "paywall-english"), ("Sign the petition", "site-chrome"),
    ("Buy this book", "site-chrome"), ("Watch on Twitch", "watch-button"),
    ("Shop the look", "site-chrome"), ("your@email.com", "site-chrome"), ("Listen   Share", "share-english"),
    ("★★★★★ 4.7 from 208 reviews", "rating-widget"), ("Tried this recipe? Leave a comment below!", "follow-english"),
    ("ROOM FOR RENT: Near Richmond Centre, private bath, no cooking, $950/month. Call 604-555-0119",
     "classified-ad-english"),
    ("HELP WANTED: Dim sum chef, full time, good pay. Call Mr Chan 778 555 0142", "classified-ad-english"),
    ("Got a question for next month's mailbag? Email us at mailbag@formosafiles.tw or leave a voice message.",
     "site-contact-english"),
    ("This segment is brought to you by Summit Language School.", "sponsor-read"),
    ("Sponsored · Summon limited SSR heroes now — 10 free pulls every day!", "sponsored-label"),
    ("Book a test drive", "site-chrome"), ("Pre-register now ▶", "site-chrome"),
    ("Shop the products in this story", "site-chrome"), ("图 / 尚品 LUXE CHINA", "photo-credit"),
    ("Anti-Scam Helpline 18222 | Think. Check. Verify.", "anti-scam-banner"),
    ("♌ Leo: Luck is on your side this week. Lucky scent: amber", "horoscope-widget"),
    ("Virgo: A quiet week at work. Lucky colour: green", "horoscope-widget"),
    ("QUIZ: Which tea fragrance matches your personality? Start now →", "quiz-teaser"),
    ("▌Quiz: What does \"flock to\" mean? Leave your answer in the comments!", "quiz-teaser"),
    ("▶ Book a Hualien coast day tour on Klook – from NT$1,290", "booking-button"),
    ("HK Observatory 24°C | Humidity 91% | Amber Rainstorm Signal in force", "weather-widget"),
    ("Fly to Tokyo from TWD 7,990* | Book now", "booking-button"),
    ("For more news, follow Rti English on Facebook and Instagram.", "follow-english"),
    ("ODDS by BetKing: Trail Blazers +6.5 (-110) | O/U 228.5 | Bet now", "odds-widget"),
    ("WATCH LIVE: Stream every NBA game this season on CourtPass+ — start your 7-day free trial", "stream-promo-english"),
    ("XIAMEN WEEKLY · Issue 112 · View online", "newsletter-furniture-english"),
    ("Continue reading on the web →", "newsletter-furniture-english"),
    ("Forward this to a friend who's learning Chinese!", "newsletter-furniture-english"),
    ("☕ If this guide saved you a wasted morning, you can buy me a coffee. It keeps the blog ad-free!",
     "newsletter-furniture-english"),
    ("♥ 48 💬 17 ↗ Share", "newsletter-furniture-english"), ("Shine · 38.6K followers", "follower-count"),
    ("👉 Check TurboJET ferry times and prices on Klook", "booking-button"),
    ("Quiz: How many times did Thailand hit the post? (A) Once (B) Twice (C) Three times", "quiz"),
    ("Full name *", "enquiry-form-english"), ("Phone number *", "enquiry-form-english"),
    ("Preferred date", "enquiry-form-english"),
    ("☐ I have read and agree to the Personal Information Collection Statement", "enquiry-form-english"),
    ("I would like to receive property news and offers from the site and its partners.", "enquiry-form-english"),
    ("Request viewing", "site-chrome"),
    ("Name of the Vendor: Harbourlink Development Limited. Date of printing: 11 March 2026.", "property-ad-english"),
    ("*T&C apply. Please refer to the price list and sales brochure.", "property-ad-english"),
    ("Limited-time offer: Extra 2% cash rebate for buyers who sign before March 31. Find out more",
     "property-ad-english"),
    ("Live above the station. 2- and 3-bedroom flats at Kam Sheung Road, from HK$4.38M*. Register your interest today",
     "property-ad-english"),
    ("Get mortgage pre-approval in 5 minutes. Check your rate now", "property-ad-english"),
    ("Why this story? Because you follow Health", "aggregator-chrome-english"),
    ("14 sources · Left 2 Center 7 Right 5", "aggregator-chrome-english"),
    ("Read full article at rti.org.tw · Factuality: High · Ownership: Government", "aggregator-chrome-english"),
    ("Summary (AI-generated)", "ai-summary-heading"),
    ("Visitors Today: 1,024 | Total: 5,883,201", "stamps-and-counters-english"),
    ("Buy it now on Tmall", "marketplace-chrome"),
    ("Help us reach 1,500 monthly supporters: 100% independent, governed by an ethics code & not-for-profit.",
     "support-appeal"),
    ("Download The Harbour Standard app for the latest news. Available on the App Store and Google Play.",
     "app-promo-english"),
    ("Write to us: letters@hkdaily-en.com.", "reader-calls-english"),
    ("Want to see your photo here? Email it to lens@nownews-en.tw with your name.", "reader-calls-english"),
    ("Your Say is a space for readers' views. To contribute, email yoursay@shanghai-eye.cn.", "reader-calls-english"),
    ("Get more with myVMP: personalise your news feed, save articles and follow topics.", "reader-calls-english"),
    ("archive.today", "saved-copy-chrome"), ("webpage capture", "saved-copy-chrome"),
    ("Saved from https://www.harbourpost.com.hk/news/article/20260312/tram-fares-rise search", "saved-copy-chrome"),
    ("Translated by Google", "saved-copy-chrome"),
    ("This article was printed from www.taipeitimes.com on 2026/03/20.", "saved-copy-chrome"),
    ("Very Hot Weather Warning is in force.", "alert-banner-english"),
    ("Travel Alert: Typhoon Kai-tak — see the latest updates ›", "alert-banner-english"),
    ("🎫 Book Tai O boat tours & cable car combo from HK$235 on Klook — Book now", "booking-button"),
    ("Level 2 ★★☆ | 168 words", "learning-page-apparatus-english"),
    ("Reading level: Easy ● Words: 174 ● Listen 🎧", "learning-page-apparatus-english"),
    ("CEFR A2–B1 | 245 words | 🎧 MP3 Track 07", "learning-page-apparatus-english"),
    ("For Parents & Teachers: Download the free lesson plan and worksheet.", "learning-page-apparatus-english"),
    ("Check your answer at the bottom of the page.", "learning-page-apparatus-english"),
    ("Quiz Time!", "learning-page-apparatus-english"), ("Start Quiz", "learning-page-apparatus-english"),
    ("Answer all 3 questions correctly and you could win a tote bag!", "learning-page-apparatus-english"),
    ("Submit", "site-chrome"), ("Countdown to launch", "site-chrome"),
    ("Questions? DM us on Instagram @th_astro_club", "reader-calls-english"),
    ("09:14, March 24, 2026", "date-alone-english"), ("Date: 2026-05-22 Clicks: 1,284", "stamps-and-counters-english"),
    ("1 TWD ≈ 45.39 KRW", "exchange-rate-widget"), ("100 JPY = 21.35 TWD", "exchange-rate-widget"),
    ("Shop the look: Ridgeline 40L Pack — NT$5,980 Add to cart", "marketplace-chrome"),
    ("Download GPX (418 KB) | Offline map", "file-link"),
    ("Basahin sa Tagalog →", "language-switch-link"), ("Baca dalam Bahasa Indonesia", "language-switch-link"),
    ("Join TNL+ to read ad-free", "paywall-english"),
    ("ev_driver_tw　　2026-03-05 22:14　　#1", "forum-handle-and-floor"),
    ("撰稿：羅凱莉／播音：Mark Evans", "editor-credit"),
    ("Audio Guide ▶ Play  04:12", "audio-guide"), ("Audio guide available on the museum app.", "audio-guide"),
    ("Example: The ferry was late again this morning.", "vocabulary-note"),
    ("Quick Apply Save", "apply-button-glued"), ("Job ID: 2026-0412 · Taipei · Engineering · Full time", "job-meta"),
    ("Report this job ad", "job-meta"), ("Expand all", "site-chrome"),
    ("Want to join the Tribune? We’re recruiting writers for next term. Email us!", "recruiting-prompt"),
    ("Like what you read? Join our team!", "recruiting-prompt"),
    ("Pick up a free print copy at the Student Union building.", "recruiting-prompt"),
    ("The Harbour Boys · Night Ferry · Preview · 3:12", "music-embed"),
    ("Search results for “bus fares” — 31 results", "search-results-chrome"), ("Showing 1-10 of 31", "search-results-chrome"),
    ("2026-02-03 …The city will add 40 electric buses to its fleet this year, the transport bureau said…",
     "search-results-chrome"),
    ("Bus operators say a steep rise in fuel costs could force them to …", "search-results-chrome"),
    ("Meet Mochi! 3-year-old tabby · shy · loves laps. Adopt me →", "adoption-card"),
    ("Harbour Ledger may earn a commission when you buy through links in this story.", "affiliate-disclosure"),
    ("Shop the Harbour scarf at Lane Crawford →", "affiliate-disclosure"), ("LINE: @islandhelp", "hotline-box-english"),
    # A blogging or newsletter platform's chrome
    ("Published in Island Notes · Mar 2, 2026", "blog-platform-chrome"), ("👏 860   💬 12", "blog-platform-chrome"),
    ("2.1K Followers · Writer for Island Notes", "blog-platform-chrome"),
    ("Join for free to get updates from this writer.", "blog-platform-chrome"),
    ("Discussion about this post", "blog-platform-chrome"), ("☕ Buy me a coffee", "blog-platform-chrome"),
    ("Instagram @islandnotes", "blog-platform-chrome"),
    ("Forwarded this email? Subscribe here for more", "newsletter-footer"),
    ("You are receiving this because you subscribed to Island Notes.", "newsletter-footer"),
    ("hk_esports_live · LIVE · 3,204 viewers", "stream-embed"), ("Text size A A A | Search", "share-english"),
    # A crowdfunding page's counters, buttons and tabs
    ("Back this project", "crowdfunding-buttons"), ("$41,380 pledged of $50,000 goal", "crowdfunding-chrome"),
    ("All or nothing. This campaign will only be funded if it reaches its goal by May 1.", "crowdfunding-chrome"),
    ("Estimated delivery Dec 2026", "crowdfunding-chrome"),
    ("Story   Rewards   FAQ 3   Updates 2   Comments 88", "crowdfunding-chrome"),
    # A print edition's page furniture, in a PDF's text
    ("Related News: Night market stalls to take card payments from May", "read-more-english"),
    ("#[1]Island Post RSS [2]alternate", "text-browser-marks"), ("[13][IMG]", "text-browser-marks"),
    ("CONTINUED ON PAGE 7", "print-jump-line"), ("(Cont’d from P.4)", "print-jump-line"), ("ISLAND POST · FRIDAY, APRIL 3, 2026 · PAGE 2", "running-head"),
    ("12  Lantau Ferries Holdings Limited  Annual Report 2025", "running-head"),
    ("Report a crime: Call 999 or use the e-Report Centre. Anti-scam helpline: 18222", "hotline-box-english"),
    ("Baca juga: Pasar malam di Medan kembali dibuka", "read-more-malay"),
    ("👁 8.1K", "counters"),
    ("Smart Mobility Forum 2026 | May 6–7, Taipei | Early-bird passes on sale now", "event-promo-english"),
    ("Design Week Shenzhen | Nov 3–5 | Registration now open", "event-promo-english"),
    ("Register now: AI Infrastructure Summit, Taipei, June 3 — early-bird seats limited", "event-promo-english"),
    ("Skip the queue this season and book your shots at a clinic near you. Find a clinic →", "ad-with-button"),
    ("Every gift helps. Adopt a dolphin from US$5 a month and receive a plush toy. Adopt now →", "ad-with-button"),
    # A forwarded e-mail's headers and a newsletter's frame
    ("---------- Forwarded message ---------", "email-headers"),
    ("From: Harbour Notes <editor@harbournotes.example>", "email-headers"),
    ("寄件者: Island Weekly <news@islandweekly.example>", "email-headers"),
    ("Date: Thu, Apr 2, 2026 at 7:15 AM", "email-headers"), ("Sent: Tuesday, 10 March 2026 18:02", "email-headers"),
    ("You’re receiving this email because you signed up for Harbour Notes.", "newsletter-footer"),
    ("To unsubscribe from Harbour Notes, reply with STOP in the subject line.", "newsletter-footer"),
    ("Please update your address to keep receiving the Alumni E-Newsletter.", "newsletter-footer"),
    ("Enjoyed this issue? Share it with a colleague.", "follow-english"),
    ("HARBOUR NOTES · Issue No. 112", "newsletter-footer"),
    ("Share on Facebook | Share on X | Forward", "share-english"),
    ("via Feedbin · 3 Apr 2026 08:40", "stamps-and-counters-english"),
    ("Flipped into Island Life by", "reader-app-chrome"),
    # A newswire's and a release's files
    ("02.04.2026 / 09:15 CET/CEST", "stamps-and-counters-english"),
    ("EQS-News: Harbour Robotics Ltd. / Key word(s): Contract", "wire-issuer-header"),
    ("Download PDF (420 KB)", "file-link"), ("Print | Download PDF (1.2 MB)", "file-link"),
    ("Download programme notes (PDF, 2.1MB)", "file-link"), ("Seating plan", "site-chrome"),
    ("You are receiving this alert because you opted in to breaking news e-mails from Island Wire.", "newsletter-chrome"),
    ("This e-mail is intended for clients of Taipei Securities only and may not be forwarded.", "newsletter-chrome"),
    ("Accept all Manage preferences", "cookie-notice"),
    ("Terms and conditions apply.", "paywall-english"),
    ("Your Thursday briefing is here \u034f \u034f \u034f \u034f", "newsletter-preheader"),
    ("Saved Mar 18, 2026", "read-later-chrome"), ("caixinglobal.com · Saved 2 days ago", "read-later-chrome"),
    ("taipeitimes.com · View Original", "read-later-chrome"), ("Shared via Feedly for Android", "read-later-chrome"),
    ("Video is loading...", "site-chrome"),
    ("Comments (23) | Sort by: Newest", "comment-counter"),
    ("Please invest with caution.", "disclaimer"),
    ("0:00/3:42 Speed: 0.8x 1x 1.2x", "listen-player"),
    ("Open the Global Times app for the full experience", "app-promo"),
    ("Mark Six Draw 26/033 | Next draw: Tue 24 Mar | Est. first prize HK$118M", "gambling-notice"),
    ("Disclaimer: Mark Six results are for reference only. Please refer to the official HKJC website.",
     "gambling-notice"),
    ("Join the discussion — please keep comments civil and on topic.", "comments-english"),
    ("Listen to more: Heritage Hong Kong podcast, Episode 12 — The boat people of Lantau", "read-more-english"),
    ("Formosa Dispatch © 2026 | About | Contact | Donate", "copyright-english"),
    ("Odds shown are for information only. Betting with unlicensed bookmakers is illegal.", "gambling-notice"),
    ("Logo - https://mma.prnewswire.com/media/2398817/Voltaro_Energy_Logo.jpg", "newswire-chrome"),
    ("More News From Hexwell Metering Inc.", "newswire-chrome"), ("You just read:", "newswire-chrome"),
    ("Distribution channels: Agriculture, Farming & Forestry Industry, International Trade", "newswire-chrome"),
    ("Source link", "site-chrome"),
    ("The Wayback Machine - https://web.archive.org/web/20150612034417/http://www.chinadaily.com.cn/a.htm",
     "web-archive-chrome"),
    ("47 captures", "web-archive-chrome"), ("12 Jun 2015 - 03 Sep 2021", "web-archive-chrome"),
    ("MAY JUN JUL", "web-archive-chrome"), ("archive.ph webpage capture", "web-archive-chrome"),
    ("All snapshots from host hongkongfp.com", "web-archive-chrome"),
    ("share download .zip report bug or abuse Buy me a coffee", "web-archive-chrome"),
    ("Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive.", "web-archive-chrome"),
    ("Capture date: 2016-05-10 09:31 HKT", "web-archive-chrome"),
    ("Best price today: Shopee RM9,899 | Lazada RM9,999 | ASUS eShop RM9,999", "shop-link-glued"),
    ("Check price on Shopee", "shop-link-glued"),
    ("1,906 votes · Poll closes in 2 days", "poll-tally"),
    ("Reader poll: How would you rate the Legislative Yuan? ○ Good ○ Fair ○ Poor — See results", "poll-question"),
    ("Loading...", "site-chrome"), ("Image", "site-chrome"), ("Sport / Football / Hong Kong football", "breadcrumb"),
    ("clicking \"Accept\", you agree to the storing of cookies on your device. Privacy", "cookie-notice"),
    ("[Home](https://en.example.tw/) > [News](https://en.example.tw/news) > Society", "breadcrumb"),
    # An old blog's, a print plugin's and a web archive's chrome
    ("« Ximending cinema to close | Main | Treasure Hill artists win reprieve »", "prev-next"),
    ("« Older: Bitan bridge reopens | Newer: Hsintien library opens reading room »", "prev-next"),
    ("← Back to June 2006 archive", "prev-next"),
    ("Posted by Mark Kessler at 11:42 PM | Permalink | Comments (4) | TrackBack (0)", "blog-post-chrome"),
    ("TrackBack URL for this entry: http://www.example.com/mt/mt-tb.cgi/1182", "blog-post-chrome"),
    ("Article printed from Taiwan Wetlands Review: http://www.example.org", "blog-post-chrome"),
    ("URL to article: http://www.example.org/2011/01/24/spoonbill-count/", "blog-post-chrome"),
    ("This article appeared in the print edition of the Taiwan Daily Standard on page 2.", "blog-post-chrome"),
    ("About this capture", "site-chrome"),
    ("Page last updated : 18 Mar 2026", "page-revision-date"),
    ("[Font: Large Medium Small] [Print] [Close]", "accessibility-bar"),
    ("Read this article in", "site-chrome"),
    ("Please enjoy responsibly. Do not drink and drive.", "drinking-notice"),
    ("You might also like: The unwritten rules of ordering at a cha chaan teng", "read-more-english"),
    ("hostname: chinadaily.com.cn", "front-matter"), ("sitename: China Daily", "front-matter"),
    ("title: Kunming flower auction sets record as trains speed deliveries", "front-matter"),
    ("Web only", "site-chrome"), ("Swipe for more stories", "site-chrome"),
    ("Turn on notifications to get breaking news from Harbour Wire. Allow | Not now", "site-feedback"),
    # Portuguese furniture, on Macau's pages
    ("Deixe um comentário", "comments"), ("Em directo Live", "site-chrome"),
    ("Este site utiliza cookies para melhorar a sua experiência. Ao continuar a navegar, aceita a sua utilização.",
     "cookie-notice"),
    ("18+ Please gamble responsibly.", "gambling-notice"),
    ("Release Versions", "site-chrome"), ("News provided by", "site-chrome"),
    ("Tweet this: Harbour Digital Bank launches online mortgages for Greater Bay Area buyers", "share-english"),
    ("Related Links: Resource Circulation Administration | Recycling Map", "related-inline"),
    ("Open today 09:00–17:00 (Closed on Mondays)", "opening-hours-widget"),
    ("Member-only story", "site-chrome"), ("Respond", "site-chrome"),
    ("Our mailing address is: Harbour Lights Network, PO Box 7731, Kowloon Central Post Office, Hong Kong",
     "newsletter-footer"),
    ("Want to change how you receive these emails? You can update your preferences or unsubscribe from this list.",
     "newsletter-footer"),
    ("Download MP3 (17.2 MB)   |   Subscribe on Apple Podcasts", "listen-player"), ("Listen  3:41", "listen-player"),
    ("Share this update", "site-chrome"), ("Join now", "site-chrome"), ("More letters", "related-heading"),
    ("Harbour Free Press | Hong Kong’s independent, non-profit newsroom", "site-description"),
    ("Reader – HK$38/month", "membership-promo"), ("Support this story. Choose a membership:", "membership-promo"),
    ("The Kowloon Ledger is owned by its members, not by tycoons or governments. If you value independent reporting, "
     "join today from HK$38 a month.", "membership-promo"),
    ("What do you think?  Upvote  Funny  Love  Surprised  Angry  Sad", "comments"),
    ("Quiz: 1. How many students applied this year? 2. Name one reason students give.", "quiz"),
    # Malay furniture, on Malaysia's and Singapore's pages
    ("Berita Berkaitan", "related-heading"), ("Dikemaskini: 02 Dis 2026 · 8:45 PTG", "stamps-and-counters-english"),
    ("Muat turun aplikasi Harian Kita sekarang!", "app-promo-english"),
    ("About the Institute: Founded in 1928, the institute studies the oceans around Taiwan.", "site-description"),
    ("Get the HarbourPocket app — personalised headlines, offline reading and breaking-news alerts. Rated 4.8 by more "
     "than 50,000 readers on the app stores.", "app-promo-english"),
    ("Harbour Wire · 5h", "stamps-and-counters-english"),
    ("Have feedback on this story? Send a message to the editor.", "site-feedback"),
    ("This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, "
     "no part may be reproduced without written permission.", "copyright-english"),
    ("Republish this article", "copyright-english"),
    ("This article is republished from The Conversation under a Creative Commons license.", "copyright-english"),
    ("Please gamble responsibly. Only persons aged 18 or above may place bets.", "gambling-notice"),
    ("Lottery results are for reference only. Please check official announcements.", "gambling-notice"),
    ("Bet now: Chinese Taipei 2.45 | Draw 3.10 | Vietnam 2.60 ›", "odds-widget"),
    ("Ad: Compare the best travel insurance plans for your spring trip", "advertisement-labelled"),
    ("If you have expertise in this field or would like to respond to this article, send your commentary to our "
     "opinion desk at opinion@example.com.", "submissions-promo"),
    ("(If you want to contribute and have specific expertise, please contact our opinion team at opinions@example.com.)",
     "submissions-promo"),
    ("Feel strongly about these letters, or any other aspect of the news? Share your views by emailing us at "
     "letters@example.hk.", "submissions-promo"),
    ("The Harbour Post welcomes letters from readers. Letters should be no longer than 600 words.", "submissions-promo"),
    ("Harbour News logo", "logo-text"), ("The Standard logo", "logo-text"),
    ("Download", "listen-player"),
    ("Book now · From NT$3,280/night", "booking-button"),
    ("Get flood warnings on the go. Download MyHarbourWeather now", "app-promo-english"),
    ("Live updates", "site-chrome"),
    ("Harbour Ledger Global is the English-language service of Harbour Ledger Media.", "site-description"),
    ("1. What share of a family’s daily power use do the panels cover? A. 20% B. 30% C. 40% D. 50%", "quiz"),
    ("Think and share: Would rooftop gardens work on your street?", "quiz"),
    ("2330.TW +1.40%", "stock-chip"), ("0700.HK 512.50 -0.85% 2330.TW 1,085 +15", "stock-chip"),
    ("The opinions expressed in this column are the writer's alone and do not reflect the editorial policy of The "
     "News Lens.", "disclaimer"),
    ("This article represents the author's personal views only.", "disclaimer"),
    ("Disclaimer: This press release is published as received from the issuer. HKStockNet accepts no responsibility "
     "for the accuracy or completeness of its content.", "disclaimer"),
    ("Support Harbour Times: Your contribution keeps our journalism free for everyone.", "support-appeal"),
    ("Reject all", "cookie-notice"), ("Manage preferences", "cookie-notice"), ("Necessary cookies only", "cookie-notice"),
    ("Read this article in Chinese 閱讀中文版", "furniture-glued-english"),
    ("No part of this website may be reproduced without written permission.", "copyright-english"),
    ("Without written authorization from CDIC, such content shall not be republished or used in any form.",
     "copyright-english"),
    ("Advertisement - Continue reading below", "advertisement-prompt-english"),
    ("Article continues after advertisement", "advertisement-prompt-english"),
    ("Go to main content", "furniture-glued-english"), ("Read in Chinese", "furniture-glued-english"),
    ("Chinese version 中文版", "furniture-glued-english"),
    ("👉 TVBS News is now on LINE! Add us as a friend for breaking news.", "follow-english"),
    ("To receive the latest news from Rti, follow us on Facebook, Instagram and YouTube.", "follow-english"),
    ("Click to share on WhatsApp", "follow-english"), ("Click to email a link to a friend", "follow-english"),
    ("Follow Marcus Holm", "follow-author"), ("+ Follow Lin Yu-ting", "follow-author"),
    ("Follow @harbourstyle.hk on Instagram for more looks from the shows.", "follow-english"),
    ("Follow this author", "follow-english"), ("Get alerts on this columnist", "follow-english"),
    ("Turn on push notifications to get MTR service alerts", "follow-english"),
    ("Never miss a typhoon update – enable push notifications", "follow-english"),
    ("Click the bell icon to get notifications", "follow-english"),
    ("Stay updated with The Standard's WhatsApp Channel", "follow-english"),
    ("Get real-time heat and typhoon alerts on our app", "app-promo-english"),
    ("Current Weather 26°C RH 97% UV Index --", "weather-widget"),
    ("Taipei 31°C Chance of rain 60%", "weather-widget"), ("Hong Kong 27°C Humidity 91%", "weather-widget"),
    ("Have a news tip? Email us at news@thestandard.com.hk", "site-contact-english"),
    ("Got a story? Contact our newsroom at tips@example.com", "site-contact-english"),
    ("Have your say? Send us your letter at letters@example.com. Letters should be no longer than 400 words.",
     "submissions-promo"),
    ("Letters to the editor must include the writer's full name and address. Letters may be edited for length.",
     "submissions-promo"),
    ("Export Orders Statistics, February 2026.pdf", "file-link"), ("20260310_tsunami_drill_01.jpg", "file-link"), ("Annex 2 - Subsidy application form.docx (52 KB)", "file-link"),
    ("More HKFP stories", "related-heading-english"),
    ("Discover more stories on Tech", "related-heading-english"),
    ("Iklan", "advertisement-english"),
    ("Share on Facebook Share on X Share by e-mail", "share-english"),
    ("Share this event:", "share-english"), ("Add to Google Calendar | Download .ics", "site-chrome"),
    ("RTHK is not responsible for the content of external internet sites.", "disclaimer"),
    ("We and our 142 partners store and/or access information on a device, such as cookies.", "cookie-notice"),
    ("Manage options Accept all", "cookie-notice"),
    ("Enjoy free admission and previews. Memberships start at NT$1,200 a year.", "membership-promo"),
    ("Upgrade to Premium to unlock slow-speed audio and full transcripts.", "membership-promo"),
    ("Harbour Brief is an impartial, English-language news platform.", "site-description"),
    ("Taste Taipei is an independent food guide. We pay for every meal we review.", "site-description"),
    ("About this site: Taipei Living provides English information on city services.", "site-description"),
    ("We welcome letters to the editor. Letters should be under 300 words.", "submissions-promo"),
    ("Thanks for reading Formosa Notes! Subscribe for free to receive new posts and support my work.",
     "newsletter-footer"),
    ("Type your email… Subscribe", "newsletter-footer"),
    ("Get the NewsPocket app — personalised headlines and alerts. Free on iOS and Android.", "app-promo-english"),
    ("for a better reading experience", "app-promo-english"),
    ("Stay up to date with the latest news from Hong Kong with our daily newsletter.", "follow-english"),
    ("Our podcasts are available on Apple Podcasts, Spotify and KKBOX. Subscribe to hear our stories.", "follow-english"),
    ("Your feedback helps us improve our English services.", "site-feedback"),
    ("Advertise with us: reach 80,000 bilingual readers every week.", "site-feedback"),
    ("Media enquiries: Please contact the Public Affairs Office for interview requests.", "site-feedback"),
    ("Terms summary: Republishing an article in full requires our written permission.", "copyright-english"),
    ("About Wander Formosa: We are a small team of travel writers living in Taiwan.", "site-description"),
    ("Playing next: Heat stress warnings for outdoor workers explained", "read-more-english"),
    ("Share - Go to Forum - Print - Mail - Large Medium Small", "share-english"),
    ("Watch more: Harbour Business Daily", "read-more-english"),
    ("Help keep independent journalism free for everyone: 100% non-profit and funded by readers.", "support-appeal"),
    ("Discover more stories on Hong Kong environment now with myNEWS – personalised to your interests",
     "related-heading-english"),
    ("This audio is generated by an AI voice and may contain mispronunciations.", "listen-player"),
    ("Accessibility statement: This website conforms to the Web Content Accessibility Guidelines (WCAG) 2.1 Level AA.",
     "accessibility-bar"),
    ("Reading level: Grade 4 | Change level ▾", "reading-time"), ("Lexile 850L", "reading-time"),
    ("In this article: 2819.HK", "stock-chip"), ("▶ Ouvir em directo", "site-chrome"),
    ("![Image 4: 廣告](https://ad.example.com/banner/travel.jpg)", "markdown-links-only"),
    ("Home | Level 1 | Level 2 | Level 3 | Quiz | Log in", "nav-pipes"),
    ("Difficult words: glacier (a very big piece of ice that moves slowly), reflect (send back light)", "vocabulary-note"),
    ("AQHI now: Central/Western 6 Moderate | Tung Chung 8 Very High", "air-quality-widget"),
    ("● LIVE Auto-update: On | Off", "live-widget"), ("Hot tags: #heat wave #Taiwan weather", "tags"),
    ("Health content on this site is for general information only and should not be treated as a substitute for the "
     "advice of a doctor.", "disclaimer"),
    ("Mak Ming Kitchen (@makmingkitchen)", "social-post-chrome"), ("kowloon.commuter · 03/09/26", "social-post-chrome"),
    ("1:24 PM · Mar 11, 2026", "social-post-chrome"), ("View on Threads", "social-post-chrome"),
    ("Sign in | Subscribe from HK$48/month", "paywall-english"),
    ("Text size: A A A | High contrast", "accessibility-bar"), ("Font size: A+ A A- | Normal contrast", "accessibility-bar"),
    ("Support high-quality journalism. Subscribe to Harbour Plus now", "support-appeal"),
    ("Get Harbour News travel picks every Friday.", "follow-english"),
    ("🏨 Book hotels near Shilin Night Market – save up to 30% ▸", "sponsored-label"),
    ("Book now on Trip.com and save up to 20% on your first stay", "sponsored-label"),
    ("Write to Taiwan Today at ttonline@mofa.gov.tw", "site-contact-english"),
    ("Taiwan Today is published by the Ministry of Foreign Affairs, Republic of China (Taiwan).",
     "site-imprint-english"),
    ("Focus Taiwan is operated by the Central News Agency", "site-imprint-english"),
    ("Get more updates from SCMP on Google", "follow-english"),
    ("Make RTHK your preferred source on Google", "follow-english"),
    ("Aa", "share-english"), ("VIEW OPTIONS", "paywall-english"),
    ("(If you want to contribute and have specific expertise, please contact us at opinions@example.com.)",
     "site-contact-english"),
    ("Do you have questions about the biggest topics and trends from around the world? Get the answers with Post "
     "Knowledge, our new platform of curated content with explainers and infographics brought to you by our "
     "award-winning team.", "house-promo-english"),
    ("Harbour Herald relies on readers. Please consider donating to keep us independent.", "support-appeal"),
    ("Hong Kong / Health & Environment", "section-path-names"),
    ("More in Society", "related-heading-english"), ("更多路透社報導", "related-heading-english"),
    ("Hong Kong news • Politics • Culture • Opinion • Photography", "nav-pipes"),
    ("Macau | 2026-03-10", "stamps-and-counters-english"),
    ("Have an opinion? Write to us at english@example.com.tw", "site-contact-english"),
    ("Updated 2026-03-18 21:15 GMT+8", "stamps-and-counters-english"),
    ("Have an opinion? Share it with us in the comments below.", "comments"),
    ("Swipe left for more photos", "gallery-swipe-prompt"),
    ("Disclaimer: The information above is for reference only and does not constitute an offer or solicitation to buy "
     "or sell any securities.", "disclaimer"),
    ("Investment involves risks. Past performance is not indicative of future performance.", "disclaimer"),
    ("The above content is for reference only and does not constitute investment advice.", "disclaimer"),
    ("Stock prices may go up as well as down. Investors should make independent judgments.", "disclaimer"),
    ("Risk warning: The market is risky, and investment should be cautious.", "disclaimer"),
    ("Want to contribute? Read our op-ed submission guidelines.", "submissions-promo"),
    ("Read our submission guidelines", "submissions-promo"),
    ("CC Settings Fullscreen", "listen-player"), ("▶ Play episode", "listen-player"),
    ("Speed 1x 1.25x 1.5x 2x", "listen-player"), ("Listen now", "listen-player"),
    ("Next episode: Who will staff Hong Kong’s elderly homes?", "prev-next"), ("下一集：誰來照顧長者", "prev-next"),
    ("重溫其他集數", "related-heading"), ("Past episodes", "related-heading"),
    ("Hit：2,781", "stamps-and-counters-english"), ("Count: 3,215", "stamps-and-counters-english"),
    ("Join The Standard's WhatsApp channel for breaking news", "follow-english"), ("Join us on Telegram", "follow-english"),
    ("More news: Public hospitals to extend evening clinic hours in Kowloon East", "read-more-english"),
    ("Also on Focus Taiwan: Taiwan to extend visa-free entry", "read-more-english"),
    ("Advertise with Dimsum Daily", "advertise-link"), ("Publishing Unit: Information Bureau", "page-metadata-english"),
    ("Attachments:", "attachments-heading"),
    ("Print Back", "share-english"),
    ("All reactions:", "social-post-chrome"), ("Write a comment…", "social-post-chrome"),
    ("Like · React · Comment · Share", "nav-pipes"), ("Read more at the link in bio.", "social-post-chrome"),
    ("Further Reading: Can Taiwan’s Bicycle Makers Survive the Slump?", "read-more-english"),
    ("Hong Kong Free Press is an impartial platform & does not represent the views of its contributors. Support HKFP.",
     "site-description"),
    ("Taiwan Insight is the online magazine of the Taiwan Studies Programme, University of Nottingham. Views expressed "
     "are those of the authors.", "site-description"),
    ("Harbour Bulletin is an independent, volunteer-run English news site for the city's international community.",
     "site-description"),
    ("Without written authorization from www.example.gov.cn, such content shall not be republished.", "copyright-english"),
    ("EJI Weekly Newsletter: Get the best of Hong Kong business and lifestyle every Friday. Please click here to "
     "subscribe.", "site-description"),
    ("Notice: The content above is uploaded and posted by the user of Dafeng Hao, which merely provides information "
     "storage space services.", "disclaimer"),
    ("Already have an account? Sign in", "paywall-english"), ("Don't have an account? Register now", "paywall-english"),
    ("To download the full report, please subscribe to DIGITIMES Research.", "paywall-english"),
    ("#　Huangpu #　Food #　Xiaolongbao", "hashtags"), ("# Huangpu # Food", "hashtags"), ("Special Reports", "related-heading"),
    ("4h ago Hsu declares victory in Taipei", "stamps-and-counters-english"),
    ("12h ago What’s at stake?", "stamps-and-counters-english"),
    ("Please turn on JavaScript to use this feature", "browser-notice"),
    ("This site requires JavaScript to run correctly.", "browser-notice"),
    ("24°C | Humidity 95% | Black Rainstorm Warning | Landslip Warning", "weather-widget"),
    ("LATEST Black rainstorm signal replaced by red at 6.15am | Schools closed for the day | Cross-Harbour Tunnel reopens",
     "news-ticker"),
    ("Don't miss out: turn on notifications to get AQHI alerts and severe weather warnings for your district.",
     "follow-english"),
    ("Back to Events", "back-link"), ("« Back to all seminars", "back-link"), ("Return to list", "back-link"),
    ("Use it: Think of something you struggle with. Write a sentence using the word “struggle”.", "quiz"),
    ("Do you think the fare increase is reasonable? Explain your answer in about 100 words.", "quiz"),
    ("2026-03-13 14:05:32ECNS Editor :Zhang Dongfang", "editor-credit-english"),
    ("2026-03-13 14:05:32 China Daily Editor : Li Yan", "editor-credit-english"),
    ("Have you read?", "related-heading"), ("In case you missed it", "related-heading"), ("Key events", "related-heading"),
    ("View gallery", "gallery-swipe-prompt"), ("See all 12 photos", "gallery-swipe-prompt"),
    ("Tap any word to look it up", "listen-player"), ("Double-click any word for its translation", "listen-player"),
    ("Autoplay next video ON", "listen-player"), ("Replay video", "listen-player"),
    ("Continue reading below advertisement", "advertisement-english"),
    ("Spot an error? Let us know at corrections@example.com", "site-contact-english"),
    ("If you enjoyed this article and want to receive more story updates to your news feed, please follow our Facebook.",
     "follow-english"),
    ("Jump to Recipe · Print Recipe", "button-row"), ("🖨 Print 📌 Pin", "button-row"),
    ("🛒 Shop my favourite hiking gear on Amazon", "affiliate-disclosure"),
    ("Support HKFP  |  Policies & Ethics  |  Error/typo?  |  Contact Us  |  Transparency & Annual Report  |  Apps",
     "nav-pipes"),
    ("Taiwan News is now on Threads! Follow us @taiwannews for the latest.", "follow-english"),
    ("Listen to ICRT News every hour on the hour on 100.7 FM or stream it live at icrt.com.tw.", "follow-english"),
    ("填空練習：Kyoto's cherry trees reached full ______ on March 21.", "quiz"),
    ("Grammar Point 文法重點", "learning-heading-bilingual"), ("生字 Vocabulary", "learning-heading-bilingual"),
    ("ECNS App Download", "app-promo-brand"),
    ("You have reached your monthly limit of free articles.", "paywall-english"),
    ("This article originally appeared in the South China Morning Post (SCMP). For more SCMP stories, please explore "
     "the SCMP app.", "syndication-promo"),
    ("Enjoyed this story? Follow The News Lens International on Facebook for more updates from Taiwan and Asia.",
     "follow-english"),
    ("Stay updated with the latest stories from China. Subscribe to our weekly newsletter.", "follow-english"),
    ("Get the Startup Brief newsletter", "follow-english"),  # a sign-up box's heading
    ("Download: Full judgment (PDF, 1.2MB) | Judgment summary (PDF, 186KB)", "file-link"),
    ("Annex: Abridged Balance Sheet of the Exchange Fund (PDF file, 92KB)", "file-link"),
    ("Mortgage Calculator", "calculator-widget"), ("Loan amount (NT$)", "calculator-widget"),
    ("Interest rate (%)", "calculator-widget"), ("Monthly payment: NT$ —", "calculator-widget"),
    ("Calculate", "calculator-widget"),
    ("Autoplay ON", "listen-player"), ("New updates available - click to refresh", "update-banner"),
    ("Posted by Hong Kong Observatory on Sunday, September 7, 2026", "social-post-chrome"),
    ("Powered by SoundOn", "podcast-platforms"),
    ("Follow Taiwan Talks on Spotify, Apple Podcasts, KKBOX and SoundOn for new episodes every weekday.",
     "podcast-platforms"),
    ("Featured listings", "listing-card"),
    ("Sea Crest | Tuen Mun | 1 Bed | 312 sq ft | HK$3.98M | View details", "listing-card"),
    ("撰文：Ms Wong", "editor-credit"), ("（編輯：Chan Tai-man）", "editor-credit"),  # a name in Latin letters
    ("溫馨提示：流感高峰期，請科學佩戴口罩 Reminder: Wear a mask in crowded places during the flu season",
     "site-reminder"),
    ("Open in the Taiwan News app Get the app", "app-promo"),
    ("打開 udn App", "app-promo"),
    ("Release Date: 2026-03-12", "stamps-and-counters-english"),
    ("Data Update: 2026-03-09", "stamps-and-counters-english"),
    ("Back", "site-chrome"), ("Photo Gallery", "site-chrome"),
    ("Related Links", "related-heading"), ("Further Reading", "related-heading"),
    ("The Reporter is a nonprofit newsroom funded by readers like you. Support independent, in-depth journalism in "
     "Taiwan — make a donation today.", "site-description"),
    ("Go to Forum >>0 Comment(s)", "comment-counter"),
    ("Read the original Chinese article: 嘉義科學園區動工", "read-more-english"),
    ("View this post on Instagram", "social-post-chrome"),
    ("A post shared by 榮記茶樓 Wing Kee Tea House (@wingkeeteahouse)", "social-post-chrome"),
    ("This post may contain affiliate links. Please read my disclosure policy for details.", "affiliate-disclosure"),
    ("As an Agoda and Booking.com affiliate, I earn from qualifying bookings.", "affiliate-disclosure"),
    ("查看全部 12 條評論", "comment-counter-glued"),
    ("The views expressed in this column are the author's own and do not necessarily represent those of The Standard.",
     "disclaimer"),
    ("Opinion articles reflect the views of their authors, not necessarily those of China.org.cn.", "disclaimer"),
    ("The opinions expressed here are solely those of the writer.", "disclaimer"),
    ("TNL Editor: Bryan Chou (@thenewslens)", "editor-credit-english"),
    ("Filed under: Lantau, Day Trips", "tags"),
    ("你可能也會喜歡", "related-heading"),
    ("You’ve accessed an article available only to subscribers", "paywall-english"),
    ("Share this story:Facebook · X · Email", "share-english"),
    ("Facebook Twitter LinkedIn Email", "share-english"),
    ("Share this with", "share-english"),
    ("Copied", "share-english"),
    ("A- A", "share-english"),
    ("A", "share-english"),
    ("Share this entry", "share-english"),
    ("WhatsApp", "share-english"),
    ("LINE", "share-english"),
    # After a label, the English is what it labels.
    ("例句：We will have the picnic on Sunday, weather permitting.", "vocabulary-note"),
    ("Share 👍 128", "share-english"),
    ("Pinned", "site-chrome"),
    ("Print Mail", "share-english"),
    ("Most Popular 1.Taiwan dollar hits three-month high 2.Typhoon season outlook: up to four storms",
     "related-list-inline"),
    ("The news you need before 8am, every weekday. Sign up now", "follow-english"),
    ("give something a second life (phr.) 讓某物重獲新生", "vocabulary-note"),
    ("Did you make this recipe? Tag us on Instagram @tastetaiwan!", "follow-english"),
    ("Hong Kong 19°C Mostly cloudy", "weather-widget"),
    ("Taipei 18-24°C", "weather-widget"),
    ("Like Loading...", "wordpress-chrome"),
    ("#rural China", "hashtags"),
    ("Fullscreen", "listen-player"),
    ("This article is for CommonWealth members only. Subscribe now to read the full story.", "paywall-english"),
    ("Publication Date: 03/04/2026", "stamps-and-counters-english"),
    ("2026 © | Important Notices | Privacy Policy | Accessibility", "copyright-english"),
    ("By entering your email address you agree to our Terms of Use and Privacy Policy and consent to receive "
     "emails from us.", "support-appeal"),
    ("Book a table", "site-chrome"),
    ("Important Notices", "footer-links-english"),
    ("Our Standards: The Thomson Reuters Trust Principles.", "footer-links-english"),
    ("Last revision date: 10 March 2026", "page-revision-date"),
    ("👉 追蹤我哋IG：@hklife.daily", "follow-promo"),
    ("2026-03-18 14:30 Business Wire", "timestamp-and-source"),
    ("Business Wire 2026/03/16 09:30", "timestamp-and-source"),
    ("Tickets from HK$120", "price-teaser"),
    ("Things to Do  Food & Drink  Bars  Hotels  Travel  News", "nav-pipes"),
    ("Download China Daily app to read more", "app-promo-brand"),
    ("License for publishing multimedia online 0108263", "licence-footer"),
    ("The English translation is for reference only. In case of any discrepancy, the Chinese version shall prevail.",
     "disclaimer"),
    ("HKFP has an impartial stance, transparent funding, and balanced coverage guided by an Ethics Code.",
     "disclaimer"),
    ("LATEST from Hong Kong Free Press", "related-heading-english"),
    ("4 new updates", "page-counter"),
    ("Word count: 168 | CEFR level: B1", "reading-time"),
    ("Your browser does not support the audio element.", "listen-player"),
    ("Tap any sentence to hear it read aloud.", "listen-player"),
    ("Show translation", "site-chrome"),
    ("14 comments", "comment-counter"),
    ("每日一句：Practice makes perfect. 熟能生巧.", "learning-box"),
    ("Key words and phrases", "vocabulary-heading"),
    ("Listen to the programme", "listen-button"),
    ("We want to hear from you. Do you take a walk after meals? Write to us in the Comments section.", "comments"),
    ("Jump to recipe", "site-chrome"),
    ("Add to calendar", "site-chrome"),
    ("Box score", "site-chrome"),
    ("Buy tickets", "ticket-button"),
    ("Updated 4 mins ago", "stamps-and-counters-english"),
    ("Publicidade", "advertisement-english"),
    ("You have 2 free articles left this month.Subscribe for unlimited access.", "paywall-english"),
    ("Unlock unlimited access from HK$68 a month.Cancel anytime.", "paywall-english"),
    ("Cancel anytime. Terms and conditions apply.", "paywall-english"),
    ("READER POLL", "poll-widget"),
    ("▶ Watch trailer", "watch-button"),
    ("Watch now on Netflix", "watch-button"),
    ("Add Yahoo as a preferred source to see more of our stories on Google.", "follow-english"),
    ("1,284 votes", "poll-tally"),
    ("View results", "poll-widget"),
    ("The views expressed in Opinion articles are the authors' own and do not reflect the editorial position of "
     "The Formosa Ledger. © 2026 Formosa Ledger Media Co.", "disclaimer"),
    ("Have something to say? Submit a letter to the editor. Letters should be no longer than 600 words.",
     "submissions-promo"),
    ("Want to share your views?Submit an op-ed to our Opinion desk.", "submissions-promo"),
    ("Stock Code:6733 | Closing Price:NT$312.50 | Change:+4.00(+1.30%)| Volume:18,243 lots", "live-widget"),
    ("FINAL Kings 96 Aquas 91 | FINAL Leopards 88 Dreamers 102 | 19:00 Mars vs DEA", "live-widget"),
    ("Download: March 2026 Revenue Report (PDF, 182 KB)", "file-link"),
    ("Share 1.2K", "share-english"),
    ("Share on Facebook 1.4K Share on X Share on LINE 2 comments", "share-english"),
    ("Font size S M L Print Share", "share-english"),
    ("Refresh", "site-chrome"),
    ("Swipe to see more", "site-chrome"),
    ("< Back to list", "site-chrome"),
    ("Keyboard shortcuts Map data ©2026 Google Terms Report a map error", "map-embed"),
    ("View larger map", "map-embed"),
    ("Find hotels in Jiaoxi", "booking-widget"),
    ("Check-in Check-out Guests 2 Search", "booking-widget"),
    ("Become an ArtBeat member for priority booking and exclusive previews.", "membership-promo"),
    ("Join the TaiwanTrails club for members-only itineraries and offline maps.", "membership-promo"),
    ("Members get 15% off at partner outdoor stores.", "membership-promo"),
    ("Download the HK Outdoors app for offline trail maps and live bus times.", "app-promo-english"),
    ("Pin it", "site-chrome"),
    ("Download image", "site-chrome"),
    ("0.75x 1x 1.25x 1.5x", "listen-player"),
    ("The plant can __(1)__ up to 20,000 tonnes of water a day.", "quiz"),
    ("C. To measure their weight.    D. To prepare them for the public.", "quiz"),
    ("1. True or false? The robot was tested in a swimming pool.", "quiz"),
    # A disclaimer's English translation goes with it: a sentence after the Chinese is no headline.
    ("免責聲明:本網站內容僅供參考 The content of this website is for reference only.", "disclaimer"),
    ("Posted: 2026-04-09 | Views: 386", "stamps-and-counters-english"),
    ("Updated : 2026-03-18 18:40 GMT+08:00", "stamps-and-counters-english"),
    ("Hits: 1,204", "stamps-and-counters-english"),
    ("[Editor: Li Na]", "editor-credit-english"),
    ("Hashtag: #GreenPath #Hydrogen", "hashtags"),
    ("The issuer is solely responsible for the content of this announcement.", "disclaimer"),
    ("View source version on businesswire.com: https://www.businesswire.com/news/home/20260305/en/",
     "wire-boilerplate"),
    ("Have you subscribed to our English newsletter?Subscribe now", "follow-english"),
    ("Enjoyed this article? Click here to sign up for our newsletters.", "follow-english"),
    ("Get the Southeast Asia Weekly newsletter: analysis and news from the region, every Friday. Sign up",
     "follow-english"),
    ("View full screen", "share-english"),
    ("Adjust font size:", "share-english"),
    ("Video PlayerClose", "share-english"),
    ("Reproduction in whole or in part without permission is prohibited.", "copyright-english"),
    ("Notice: The content above is uploaded and posted by a user of Example Hao, which only provides "
     "information storage services.", "disclaimer"),
    ("HOME CHINA SOURCE OPINION IN-DEPTH WORLD LIFE SPORT VIDEO MULTIMEDIA", "nav-words-english"),
    ("Home | China | World | Business | Tech & Sci", "nav-pipes"),
    ("english.news.cn", "address-only"),
    ("#aging #digital divide #Chengdu", "hashtags"),
    ("Why you can trust SCMP", "trust-badge-site"),
    ("作者 chipwalker (晶圓走走) 看板 Tech_Job", "forum-post-header"),
    ("推 umbrella88: the last stanza hits                11/30 02:03", "forum-push-comment"),
    ("Disclaimer: Opinions posted on this site are those of their authors.", "disclaimer"),
    ("TAIEX 23,418.52 +186.30 +0.80%", "live-widget"),
    ("Wed, Mar 18, 2026 - Page 10", "print-page"),
    ("variety – n.(植物的)品种;a type of plant within a species", "vocabulary-note"),
    ("You have reached your free article limit", "paywall-english"),
    ("Already a subscriber? Log in", "paywall-english"),
    ("Most Viewed in 24 Hours", "related-heading-english"),
    ("Trending now", "related-heading"),
    ("Note: Browsers with 1024*768 or higher resolution are suggested for this site.", "public-notice"),
    ("Support press freedom & help us reach 1,200 monthly Patrons", "support-appeal"),
    ("3681 Aventa 512.0 +2.40% | 2382 Quanta 312.5 +3.14%", "live-widget"),
    ("DISCLAIMER: The information contained in this page is for general reference.", "disclaimer"),
    ("→ tidewalker: 謝謝,那天剛好在渡輪上寫的", "forum-push-comment"),
    ("Advertisement", "advertisement-english"),
    ("AD", "advertisement-english"),
    ("Read more: Council backs new bus lanes", "read-more-english"),
    ("We use cookies to improve your experience. By continuing, you agree to our cookie policy.", "cookie-notice"),
    ("Sign up for our Asia Briefing newsletter — the day’s top stories in your inbox.", "follow-english"),
    ("Never miss a story: sign up for the Harbour Briefing", "follow-english"),
    ("Stay informed. Subscribe to our breaking news alerts", "follow-english"),
    ("© 2026 Harbour Media Ltd. All rights reserved.", "copyright-english"),
    ("Home | World | Asia | Business", "nav-pipes"),
    ("Home > News > Research", "breadcrumb"),
    ("Page 1 of 2", "page-counter"),
    ("Tags: council, buses, transport", "tags"), ("Category: Entertainment", "tags"),
    ("2026-03-15 HKT 18:40", "timestamp-only"),
    ("2026-03-19T12:05+08:00", "timestamp-only"),
    ("16 March 2026", "date-alone-english"), ("Mar 12, 2026", "date-alone-english"), ("Sep. 2, 2026 10:14 AM", "date-alone-english"),
    ("TAIEX 23,145.67 +152.33 +0.66% | USD/TWD 32.415 ▼0.03", "live-widget"),
    ("LIVE ▶ Dodgers 3 Giants 1(5th)| Yankees 0 Red Sox 2(3rd)", "live-widget"),
    ("Live: Dodgers 3 Giants 1", "live-widget"),
    ("1. How much is the deposit? A) NT$10 B) NT$20 C) NT$50", "quiz"),
    ("payload /ˈpeɪləʊd/ n. 有效载荷", "vocabulary-note"),
    ("e.g. The truck slowed down on the steep gradient.", "vocabulary-note"),
    ("Q1. How long is each time slot?", "quiz"),
    ("A. Strict.  B. Devoted.  C. Humorous.  D. Shy.", "quiz"),
    ("2. Seed libraries teach people how to keep varieties pure. (True / False)", "quiz"),
    ("You ______ (take) an umbrella. It looks like rain.", "quiz"),
    ("Editor: Hannah Lin.", "editor-credit-english"),
    ("View original content to download multimedia: https://www.example.com/news/302712345.html",
     "wire-boilerplate"),
    ("Download PDF", "site-chrome"),
    ("2026-03-13 16:08 ECNS", "timestamp-and-source"),
    ("Continue reading", "site-chrome"),
    ("Was this page helpful? Yes No", "share-english"),
    ("Font size: A- A+", "share-english"),
    ("1. Yuan Bao is ______ year old.", "quiz"),
    ("1. On the school’s rooftop. 2. In July. 3. Elderly residents in the district.", "quiz"),
    ("Suggested answers", "quiz"),
    ("Answer: B", "quiz"),
    ("Make an Appointment | WhatsApp Enquiry 5432 1888 | 24-hour Hotline 2835 8800 | Find a Doctor", "appointment-bar"),
    ("Check rates on Booking.com", "booking-button"),
    ("HKJC Football Odds", "odds-widget"),
    ("Kitchee v Eastern, Sat 19 Apr: Home 1.42 | Draw 4.30 | Away 5.60", "odds-widget"),
    ("Bet now ›", "site-chrome"),
    ("This leaflet is for reference only and does not replace professional medical advice. Please consult your doctor.",
     "disclaimer"),
    ("The information provided on this website is for reference only and should not be used as a substitute for "
     "consultation with healthcare professionals.", "disclaimer"),
    ("Download high-resolution photos", "site-chrome"),
    ("Back to Press Releases", "site-chrome"),
    ("Quality journalism is more crucial than ever. By subscribing, you can help us get the story right.",
     "support-appeal"),
    ("Safeguard press freedom; keep HKFP free for all readers by supporting our team", "support-appeal"),
    ("To activate the text-to-speech service, please first agree to the privacy policy below.", "listen-player"),
    ("Facebook LIHKG WhatsApp", "share-english"),
    ("2026-03-19 10:25:07 Ecns.cn Editor : Li Yan", "editor-credit-english"),
    ("Video Player is loading.", "video-player-text"),
    ("captions off, selected", "video-player-text"),
    ("Beginning of dialog window. Escape will cancel and close the window.", "video-player-text"),
    ("Current Time 0:00", "listen-player"),
    ("Loaded: 0%", "listen-player"),
    ("udn / 全球 / English News", "breadcrumb"),
    ("Pull down to refresh", "site-chrome"),
    ("Swipe left for the next story", "site-chrome"),
    ("Not now", "site-chrome"),
    ("SCMP uses cookies to improve your experience. Accept and continue", "cookie-notice"),
    ("142 likes 38 comments", "social-post-chrome"),
    ("1 2 Next >>|", "page-counter"),
    ("|<< Previous 1 2 3 Next >>|", "page-counter"),
    ("Open the app to read the full article", "app-promo-english"),
    ("Read the full article on the China Daily app", "app-promo-english"),
    ("Full story in the app >", "app-promo-english"),
    ("Watch on YouTube", "watch-button"),
    ("Want more articles like this? Follow SCMP Film on Facebook", "follow-english"),
    ("+ Add to list", "rating-widget"),
    ("Your rating: ☆☆☆☆☆", "rating-widget"),
    ("By submitting, you consent to receiving marketing emails from SCMP. If you don’t want these, tick here",
     "newsletter-footer"),
    ("By subscribing, you consent to our privacy policy", "support-appeal"),
    ("Answers: 1. B 2. C 3. A", "quiz"),
    ("【詞彙】clutter 雜物", "vocabulary-note"),
    ("Strictly necessary cookies Always active", "cookie-notice"),
    ("Performance cookies help us understand how visitors interact with our site.", "cookie-notice"),
    ("Get unlimited access to award-winning journalism for just $1 a week.", "paywall-english"),
    ("Why you can trust us", "trust-badge-english"),
    ("Download the Morning Post app to read more, anywhere.", "app-promo-english"),
    ("Check tonight's winning numbers in the CNA app — download now for free.", "app-promo-english"),
    ("Get the app: news alerts, live results and more. Download on the App Store or Google Play.",
     "app-promo-english"),
    ("For news tips, write to tips@morningpost.example.tw.", "site-contact-english"),
    ('"double as..."表示"兼作……"，例如：The sofa doubles as a bed.', "vocabulary-note"),
    ("Web editor: Qin Dan", "editor-credit-english"),
    ("HKFP is an impartial platform & does not necessarily share the views of opinion writers.", "site-description"),
    ("The views expressed here do not necessarily reflect the views of this newspaper.", "disclaimer"),
    ("What do you think? Write to us in the Comments section.", "comments"),
    ("Help safeguard independent reporting by becoming a monthly donor.", "support-appeal"),
    ("CHINA/SOCIETY", "section-path"),
    ("—END—", "end-marker"),
    ("- Ends -", "end-marker"),
    ("Vol.412.6B Adv 612/Dec 301", "live-widget"),
    ("Sign in to save this guide to your trips", "paywall-english"),
    ("Share Tweet WhatsApp Email", "share-english"),
    ("Share Copied", "share-english"),
    ("Font size: S M L", "share-english"),
    ("What's your favourite? Tell us in the comments below.", "comments"),
    ("Translate post", "social-post-chrome"),
    ("Follow", "social-post-chrome"),
    ("3h", "social-post-chrome"),
    ("356 Reposts 2.1K Likes 48 Bookmarks", "social-post-chrome"),
    ("Read 88 replies", "social-post-chrome"),
    ("@taiwanenvoy", "social-post-chrome"),
    ("2.4K 118 64", "social-post-chrome"),
    ("Next photo ›", "prev-next"),
    ("標題 [新聞] Taipei to offer free swimming lessons for seniors", "forum-post-header"),
    ("Follow Taiwan News on Google News and WhatsApp for the latest updates.", "follow-english"),
    ("https://www.pacificwire.example/business/malaysia-grid-0318", "address-only"),
    ("It is not until...that...直到……才…… 例:It was not until the photos were developed that she saw it.",
     "vocabulary-note"),
    ("Book now", "site-chrome"),
    ("Show key events only", "site-chrome"),
    ("Have your say: send letters to letters@example.hk. Letters should be no longer than 400 words.", "comments"),
    ("(c) 2026 Example Media Ltd", "copyright-english"),
    ("Join the conversation", "comments-english"),
    ("Amy Lin This is great news for commuters. 1小時 讚 回覆 3", "social-post-chrome"),
    ("Tom Wu Finally! Like · Reply 12", "social-post-chrome"),
    ("Photo 2 of 12", "page-counter"),
    ("Sponsored: Seniors in Taipei are switching to this tiny hearing aid", "sponsored-label"),
    ("View this email in your browser", "newsletter-chrome"),
    ("Forward to a friend", "newsletter-chrome"),
    ("You are receiving this email because you subscribed to Taiwan Briefing.", "newsletter-chrome"),
    ("Bet responsibly. Under-18s are prohibited from betting.", "gambling-notice"),
    ("Under 18s are not allowed to bet.", "gambling-notice"),
    ("Book on Agoda from NT$3,980 ›", "booking-widget"),
    ("Check availability", "site-chrome"),
    ("Open in Google Maps", "site-chrome"),
    ("4.6 ★★★★☆ (2,318 reviews)", "rating-widget"),
    ("Difficulty: B1", "reading-time"),
    ("Duration 2:15", "listen-player"),
    ("Replay", "listen-player"),
    ("Watch video 2:14", "listen-player"),
    ("This is a premium article. Subscribe to Caixin Global to read the full story.", "paywall-english"),
    ("Join ST's WhatsApp Channel and get the latest news and must-reads.", "follow-english"),
    ("Get WhatsApp alerts from CNA on the biggest stories.", "follow-english"),
    ("Trending Topics: Budget 2026 | CPF | Housing", "tags"),
    ("Scroll to continue reading", "advertisement-english"),
    ("Comments are closed for this article.", "comments-english"),
    ("Comment", "comment-counter"),
    ("Why you can trust Harbour Post", "trust-badge-site"),
    ("Quiz: Which word in the article means \"a place where buses are kept and repaired\"?", "quiz"),
    ("Answer the questions below.", "quiz"),
    ("Hong Kong\tChina\tAsia\tWorld\tBusiness\tLifestyle", "nav-pipes"),
    ("Conversation 14 comments", "comment-counter"),
    ("A A A", "share-english"),
    ("SCMP uses cookies to give you a better experience. By continuing to use our site you agree to our cookie "
     "policy. Accept", "cookie-notice"),
    ("Help safeguard press freedom & keep HKFP free for all readers by supporting our team.", "support-appeal"),
    ("Copyright (c) Example Media", "copyright-english"),
    ("Kowloon 26°C Partly cloudy · AQHI 5 (Moderate)", "weather-widget"),
    ("Taichung 21°C Fine | Humidity 68%", "weather-widget"),
    ("We value your privacy. Harbour Post uses tracking technologies to improve your reading experience.",
     "cookie-notice"),
    ("When you close this window, it means you agree with this policy.", "cookie-notice"),
    ("Notícias", "portuguese-chrome"),
    ("Saltar para o conteúdo principal", "portuguese-chrome"),
    ("Publicado em 11/03/2026", "portuguese-chrome-prompt"),
    ("Subscreva a revista — Subscribe to the magazine", "portuguese-chrome-prompt"),
    ("Auto-refresh ON", "update-banner"),
    ("Refresh for latest results", "update-banner"),
    ("View full results ›", "link-button"),
    ("See all results and candidate profiles »", "link-button"),
    ("The post MTR to trial driverless trains on Tuen Ma line from 2028 appeared first on Harbour Daily.",
     "feed-footer"),
    ("Continue reading on taipeitimes.com", "feed-footer"),
    ("Posted in Features | Tagged aging, labor, caregivers, Taiwan", "tags"),
    ("If you no longer wish to receive these emails, you can unsubscribe here.", "newsletter-footer"),
    ("To unsubscribe, click here.", "newsletter-footer"),
    ("Add newsletter@harbourpost.hk to your address book to make sure our emails reach your inbox.",
     "newsletter-footer"),
    ("Apply now >", "site-chrome"),
    ("Open an account", "site-chrome"),
    ("Harbour Radio accepts no responsibility for the content of external websites.", "disclaimer"),
    ("Tap to read the full story in the Global Times app", "app-promo-english"),
    ("Read the full story in the CGTN app", "app-promo-english"),
    ("Open the Harbour Post app to read the full article", "app-promo-english"),
    ("Scan the QR code to follow China Daily on WeChat", "app-promo-english"),
    ("[PR] Book your JR Pass online and save up to 10% — limited-time offer", "sponsored-label"),
    ("【PR】Book your JR Pass online", "sponsored-label"),
    ("Macau Daily Times © 2026. Todos os direitos reservados.", "copyright-english"),
    ("Harbour Post © 2026", "copyright-english"),
    ("More Articles", "related-heading"),
    ('Search "CGTN" on Weibo and Douyin for more', "follow-english"),
    ("Taiwan News is now on Telegram! 👉 Click here to join", "follow-english"),
    ("This episode is sponsored by Shopline. Start your online store today with 30 days free.", "sponsor-read"),
    ("Sponsor: This episode is supported by HKTVmall. Use code ESPORTS10 for 10% off.", "sponsor-read"),
    ("Thanks to our sponsor, Harbour Bank, for supporting the show.", "sponsor-read"),
    ("Sign in to create a job alert for Product Designer roles.", "paywall-english"),
    ("Plan Your Visit", "site-chrome"),
    ("People also read", "related-heading"),
    ("Old 07-03-2026, 09:14 AM", "forum-chrome"),
    ("Last edited by tigerbalm; 07-03-2026 at 09:20 AM.", "forum-chrome"),
    ("Originally Posted by tigerbalm", "forum-chrome"),
    ("Quote:", "forum-chrome"),
    ("Sponsored Links", "forum-chrome"),
    ("All times are GMT +8. The time now is 09:31 PM.", "forum-chrome"),
    ("Powered by vBulletin® Version 3.8.11 Copyright ©2000 - 2026, vBulletin Solutions Inc.", "forum-chrome"),
    ("Powered by Discuz! X3.4", "forum-chrome"),
    ("5 posts • Page 1 of 1", "forum-chrome"),
    ("Sent from JPTT on my iPhone", "sent-from-device"),
    ("HK$7,999", "price-alone"),
    ("NT$1,290 起", "price-alone"),
    ("Pinkoi © 2026 Pinkoi Inc.", "copyright-english"),
    ("Google Map 導航", "map-embed"),
    ("Board index ‹ Shanghai Living ‹ Health & Wellness", "breadcrumb"),
    ("Add to Cart", "site-chrome"),
    ("目錄", "contents-heading"),
    ("Gift article", "site-chrome"),
    ("Related readings:", "related-heading"),
    ("Investing involves risk. Please read the prospectus carefully before investing.", "disclaimer"),
    ("The stocks mentioned in this article are for reference only and do not constitute investment advice.",
     "disclaimer"),
    ("Taiwan News Plus: Ad-free reading, exclusive analysis and weekly briefings. Try 30 days free.",
     "paywall-english"),
    ("Email address", "site-chrome"),
    ("HKFP is an impartial platform & does not share the views of opinion writers or advertisers.", "site-description"),
    ("B2", "forum-handle-and-floor"),
    ("5樓", "forum-handle-and-floor"),
    ("KL_mama_of_3", "forum-handle-and-floor"),
    # ... once the stamp glued on is cut.
    ("tw_ev_dave 2026-03-14 21:07", "forum-handle-and-floor"),
    ("Table of Contents", "contents-heading"),
    ("Beitou hot-spring hotel from NT$3,280 / night   Book now", "booking-button"),
    ("Advertiser disclosure: Points & Pineapple Cakes may receive compensation when you apply for cards through links "
     "on this page.", "affiliate-disclosure"),
    ("From Wikipedia, the free encyclopedia", "wiki-chrome"),
    ("This page was last edited on 2 December 2023, at 04:17 (UTC).", "wiki-chrome"),
    ("Text is available under the Creative Commons Attribution-ShareAlike License 4.0; additional terms may apply.",
     "wiki-chrome"),
    ("For the station in Chiayi City, see Beimen railway station.", "wiki-chrome"),
    ("Main article: Alishan Forest Railway stations", "wiki-chrome"),
    ("This article needs additional citations for verification. Please help improve this article by adding "
     "citations to reliable sources.", "wiki-chrome"),
    ('Find sources: "Alishan Forest Railway" – news · newspapers · books · scholar · JSTOR (May 2021)', "wiki-chrome"),
    ("Contents hide 1 History 2 Route 3 Rolling stock 4 See also 5 References", "wiki-chrome"),
    ("目录 1 Life 2 Tiangong Kaiwu 3 Other writings 4 参考文献", "wiki-chrome"),
    ("Navigation Main page Contents Current events Random article About Wikipedia Contact us", "wiki-chrome"),
    ("Main menu", "site-chrome"),
    ("This is a preview of subscription content, log in via an institution to check access.", "journal-chrome"),
    ("2,315 Accesses   6 Citations   Metrics details", "journal-chrome"),
    ("Download PDF   Cite this article", "journal-chrome"),
    ("Gambling can be addictive. Bet responsibly and within your means. Persons under 18 are not allowed to bet.",
     "gambling-notice"),
    ("Bet responsibly with the HKJC – Gambling can be addictive. Under 18s may not bet.", "gambling-notice"),
    ("足球博彩 有節制 | Bet responsibly with the HKJC – Gambling can be addictive. Under 18s may not bet.",
     "gambling-notice"),
    ("Tips and analysis are for entertainment only. Please gamble responsibly. 18+", "gambling-notice"),
    ("Odds are indicative only and may change at any time.", "gambling-notice"),
    ("Bet on this match ›", "gambling-notice"),
    ("🔔 Tropical Cyclone Warning Signal in force: No. 8 Northeast Gale or Storm Signal – Click for details »",
     "banner-link"),
    ("Click the blue text above to follow us!", "follow-english"),
    ("Mar 15, 2026 10:22 from Weibo.com", "stamps-and-counters-english"),
    ("Go to the content center", "site-chrome"),
    ("Tap to unmute", "site-chrome"),
    ("This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.", "site-chrome"),
    ("About | Editorial Policy | Corrections | Privacy | © 2026 Harbour Post Ltd.", "copyright-english"),
    ("Comments on this page have been disabled while the case is before the court.", "comments-english"),
    ("Chat with us on WhatsApp", "contact-button-english"),
    ("Book a free 15-minute call →", "contact-button-english"),
    ("WhatsApp us: +852 5123 8890", "contact-button-english"),
    ("This page is currently available in Chinese only.", "language-note"),
    ("Question 1: Why were many neon signs taken down? (2 marks)", "quiz"),
    ("Market data is provided for information only and is delayed by at least 15 minutes.", "live-widget"),
    ("Estimated monthly repayment: HK$25,539", "calculator-widget"),
    ("Loan calculator | Est. monthly instalment: S$1,642 over 7 years", "calculator-widget"),
    ("Spotted an error? Email corrections@formosamonthly.example and we will look into it.", "site-contact-english"),
    ("45.2K subscribers", "social-post-chrome"),
    ("View in Telegram", "social-post-chrome"),
    ("👁 8.1K 13:42", "social-post-chrome"),
    ("View gallery (24 photos)", "gallery-swipe-prompt"),
    ("Keep reading: BYD Atto 2 review — the sensible choice?", "read-more-english"),
    ("Early-bird passes end in 02d:05h:44m Buy now →", "event-promo-english"),
    ("⚡ Flash Deals | Ends in 01:22:09", "event-promo-english"),
    ("Level: Upper secondary | Reading time: 4 min", "reading-time"),
    ("Tap to show transcript", "site-chrome"),
    ("Enlarge photo", "site-chrome"),
    ("Letters to the editor may be sent to letters@taipeitimes.com. Please include your full name and city.",
     "site-contact-english"),
    ("Take our five-question quiz and check your answers.", "quiz"),
    ("Refresh this page for the latest updates.", "update-banner"),
    ("Save this recipe and cook it later — download our free app to build your own collection of Shanghai dishes.",
     "app-promo-english"),
    ("Book your Green Island stay now and save up to 30% — members also get free breakfast.", "booking-promo-english"),
    ("Book your Hualien stay", "booking-promo-english"),
    ("Os comentários estão fechados.", "portuguese-chrome"),
    ("Página principal / Notícias / Comunicados de imprensa", "portuguese-chrome-prompt"),
    ("Texto: Ana Lei | Fotografia: Rui Costa | Edição: Redacção", "portuguese-chrome-prompt"),
    ("Gambar seterusnya", "malay-chrome"),
    ("Free Shipping on orders over $499  |  Shop now", "marketplace-chrome"),
    ("Commenting has been disabled for this story.", "comments-english"),
    ("Comments are not available for e-paper articles.", "comments-english"),
    ("Related Documents: 1Q26 Earnings Presentation (PDF) | 1Q26 Financial Statements (PDF)", "site-furniture-english"),
    ("Round trip One way Multi-city", "site-furniture-english"),
    ("From: Taipei (TPE) To: Where to?", "site-furniture-english"), ("Promo code (optional)", "site-furniture-english"),
    ("Donations of HK$100 or above are tax-deductible.", "site-furniture-english"),
    ("Book your stay: Harbour Inn from US$120 a night on Booking.com", "site-furniture-english"),
    ("Our Standards: The Trust Principles.", "site-furniture-english"),
    ("Follow topic: Hawker food", "site-furniture-english"),
    ("Discover more food stories on our Makan Trail microsite.", "site-furniture-english"),
    ("Republish this article: our articles may be republished under licence.", "site-furniture-english"),
    ("Skip past newsletter promotion", "site-furniture-english"),
    ("Menu  Search  Sign in", "button-row-english"), ("Watch the report ▶", "site-furniture-english"),
    ("This page was last revised on 10 May 2026.", "site-furniture-english"),
    ("Log in or sign up for Threads", "site-furniture-english"),
    ("[cid:image002.jpg@01DCB7A2.5F3E1C20]", "email-furniture"),
    ("This message came from outside the organization. Do not click links unless you recognize the sender.",
     "email-furniture"),
    ("This e-mail is confidential. If you are not the intended recipient, please delete it.", "email-furniture"),
    ("Please consider the environment before printing this e-mail.", "email-furniture"),
    ("Created: March 23, 2026 11:08 PM", "email-furniture"),
    ("Golf betting: Hung to win 4/6 — new customers claim a NT$500 welcome bonus", "gambling-notice"), ("Comment(s)", "comment-counter"),
    ("Teacher's notes: Ask students to list three places near their school that have changed.",
     "learning-page-chrome-english"),
    ("Teacher's Tip: Have students compare two markets they know.", "learning-page-chrome-english"),
    ("You are reading: Level 3", "learning-page-chrome-english"),
    ("Play | Pause | Speed 0.8x", "learning-page-chrome-english"),
    ("Trade US stocks with $0 commission. Open an account in 3 minutes →", "broker-promo-english"), ("90,412 votes · 4 days left", "social-embed-counts"), ("1,204 posts 341K followers 512 following", "social-embed-counts"),
    ("Tsim Sha Tsui Pier Ferry Club is live now.", "social-embed-counts"), ("Watch later", "video-player-text"),
    ("If playback doesn't begin shortly, try restarting your device.", "video-player-text"),
    ("Kids' packable raincoat – HK$ 450 | Buy now", "marketplace-chrome"),
    ("Questions 1–5", "exam-apparatus"), ("Questions 21 to 25 are based on the following passage.", "exam-apparatus"),
    ("Do the following statements agree with the information given in Reading Passage 2?", "exam-apparatus"),
    ("Write TRUE, FALSE or NOT GIVEN.", "exam-apparatus"),
    ("You should spend about 20 minutes on Questions 14–26, which are based on Reading Passage 2 below.",
     "exam-apparatus"),
    ("Complete the summary below.", "exam-apparatus"),
    ("Choose NO MORE THAN TWO WORDS from the passage for each answer.", "exam-apparatus"),
    ("Directions: There are 2 passages in this section.", "exam-apparatus"), ("Passage Two", "exam-apparatus"),
    ("Text 4", "exam-apparatus"), ("Read Text 4 and answer questions 21–40.", "exam-apparatus"),
    ('5. The word "sparse" in the passage is closest in meaning to', "exam-apparatus"),
    ("6. According to paragraph 2, which of the following is true of the ferries?", "exam-apparatus"),
    ("○ rare ○ thin ○ wide ○ cheap", "exam-apparatus"),
    ("C) They sell the boats. D) They raise the fares.", "exam-apparatus"),
    ("(A)To explain the fares.(B)To praise the crews.(C)To warn riders.(D)To list the routes.", "exam-apparatus"),
    ("31. [C] 定位到第二段首句", "exam-apparatus"), ("Word Count: 0", "exam-apparatus"),
    ("Cut Paste Undo Redo", "exam-apparatus"),
    ("Was this article helpful? Yes (124) No (6)", "helpful-poll"), ("Open in NewsNow app", "app-promo"),
    ("Share this with your English teacher!", "blog-prompts-english"),
    ("If you found this useful, please share it with a friend who cooks!", "blog-prompts-english"),
    ("🎁 GIVEAWAY: Win a two-night stay in Central! Enter now →", "blog-prompts-english"),
    ("🏃 Training for your first marathon? Download our free 12-week plan", "blog-prompts-english"),
    ("Full transcript available for Patreon supporters.", "blog-prompts-english"),
    ("No thanks, I'll stay hungry", "blog-prompts-english"),
    ("Are you of legal drinking age in Hong Kong (18+)?", "age-gate"), ("YES   NO", "age-gate"),
    ("Under the law of Hong Kong, intoxicating liquor must not be sold or supplied to a minor in the course of business.",
     "age-gate"),
    ("Find the best stays in Tai O — Check-in | Check-out | Guests | SEARCH", "hotel-search-widget"),
    ("Quick quiz: What are the lanterns made of? Check your answer below.", "quiz"),
    ("This page contains partner links.", "affiliate-disclosure"),
    ("📍 Reserve via TableNow and get 10% off your first booking!", "booking-promo-english"),
    ("Enlarge", "site-chrome"), ("Sign me up!", "site-chrome"), ("📌 Pin this for your next trip", "site-chrome"),
    ("SHOP THE POST", "site-chrome"), ("Powered by Booking.com", "site-chrome"),
    ("Watch the semi-final live on HoopsPlus. Start your 7-day free trial now.", "paywall-english"),
    ("Watch every Kings game live and on demand — subscribe to CourtTV from NT$149 a month.", "paywall-english"),
    ("Kings to win the series: 1.85 | Dragons: 1.95 | Odds via Taiwan Sports Lottery. Please play responsibly. 18+ only.",
     "gambling-notice"),
    ("Vouchers: $50 off min. spend $800   Claim", "marketplace-chrome"),
    ("4.9 ★  |  2.1k Ratings  |  5.6k Sold", "marketplace-chrome"),
    ("All   5 Star (1.8k)   4 Star (214)   With Comments (960)", "marketplace-chrome"),
    ("LIN Mei, WU Hao. Nitrogen loss from tea terraces under heavy rain[J]. Journal of Soil Science, 2025, 41(3): "
     "88-97.", "citation-export"), ("Book your ferry tickets now", "booking-promo-english"),
    ("Compare rates on Agoda and Trip.com — we may earn a commission when you book.", "affiliate-disclosure"),
    ("Focus Taiwan is on Facebook and X.", "follow-english"),
    ("line.me/ti/g2/conbini", "follow-english"),
    ("Expand gallery", "site-chrome"),
    ("Pin it for later!", "site-chrome"),
    ("Please refresh the page for the latest updates.", "update-banner"),
    ("https://t.me/hkpressdaily", "follow-english"),
    ("Is this page helpful?Yes No", "share-english"),
    ("Hong Kong Observatory 27°C | Rel. Humidity 91% | No.8 Southeast Gale or Storm Signal", "weather-widget"),
    ("Weather: 27°C | Humidity: 89% | Amber Rainstorm Warning Signal", "weather-widget"),
    ("Taiwan News is now on LINE! Add us to get breaking news first.", "follow-english"),
    ("Yahoo is part of the Yahoo family of brands. We and our partners use cookies to store and/or access information "
     "on your device. Accept all | Manage privacy settings", "cookie-notice"),
    ("📞 Book a free consultation: +852 2345 6789", "contact-button-english"),
    ("“Super responsive team, my visa was approved in 10 days!” — Kevin C., Hongik University ★★★★★", "testimonial"),
    ("Last: 18.420 | Chg: +4.420 | High: 19.880 | Low: 16.200 | Vol: 86.21M", "stock-quote-box"),
    ("Disclaimer: This content is provided for information only and is not a recommendation to buy or sell any "
     "security. Investing involves risk, including possible loss of principal.", "disclaimer"),
    ("Asked 3 days ago · 1,208 views", "qa-portal-chrome"),
    ("Still have questions? Ask a doctor now – first reply free", "qa-portal-chrome"),
    ("Was this answer helpful?", "share-english"),
    ("To continue reading, log in or start your free trial of DealFlow Asia Pro.", "paywall-english"),
    ("Watch every P. LEAGUE+ playoff game live and on demand. Start your 7-day free trial ›", "paywall-english"),
    ("Sponsored by Hanyu Cloud — scale your AI workloads across Asia with one console", "sponsor-read"),
    ("This week’s issue is brought to you by Zhaoyang Cloud. Launch your app in China in weeks, not months → Learn more",
     "sponsor-read"),
    ("24-hour Customer Service Hotline (852) 2888 6000", "hotline-box-english"),
    ("Important Notice: Harbour Union Bank will never ask for your online banking password or one-time password by "
     "phone, SMS or email.", "hotline-box-english"),
    ("Book an appointment", "site-chrome"),
    ("Auto-refresh is on · Turn off", "update-banner"),
    ("LIVE ● Updating every 60 seconds", "update-banner"),
    ("HK$1,284,300 raised of HK$2,000,000 goal", "crowdfunding-chrome"),
    ("Choose an amount:  HK$300   HK$800   HK$1,500   Other", "crowdfunding-chrome"),
    ("When you buy through links on our site, we may earn an affiliate commission. Here’s how it works.",
     "affiliate-disclosure"),
    ("Have a renovation story to share? Write to us at stories@homenest.sg", "submissions-promo"),
    ("▶ Play   ⤓ Download", "listen-player"),
    ("Now playing: Taiwan Insight (LIVE)", "listen-player"),
    ("Have a claim you want us to check? Send it to us on WhatsApp.", "submissions-promo"),
    ("Autoplay next video in 5 seconds", "listen-player"),
    ("Free · Offers in-app purchases", "app-promo-english"),
    ("Size 2.3 GB · Version 1.2.0 · Ages 9+", "app-promo-english"),
    ("Google Play 下載", "app-promo-english"),
    ("4.7 ★ · 31K ratings", "rating-widget"),
    ("kaizen_mlbb · 2h ago", "stamps-and-counters-english"),
    ("📣 Witnessed the fire? Send your photos and videos to our WhatsApp hotline 5123 4567", "site-contact-english"),
    ("Did you see what happened? Contact our newsroom securely via Signal.", "site-contact-english"),
    ("Disclaimer: This article is for informational purposes only and is not investment advice.", "disclaimer"),
    ("Risk warning: Crypto assets can be volatile. Nothing on this site constitutes financial advice.", "disclaimer"),
    ("Loading video...", "site-chrome"),
    ("🕯 Light a candle (26,418)", "memorial-widget"), ("✍ Sign the online condolence book", "memorial-widget"),
    ("If you have a specific expertise, or would like to share your thoughts about our stories, send your writing to "
     "opinion@chinadaily.com.cn and comment@chinadaily.com.cn.", "submissions-promo"),
    ("Want to respond? Letters of up to 500 words can be sent to opinion@campusledger.org. Please include your name.",
     "submissions-promo"),
]


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


@pytest.mark.parametrize("line, rule_id", DROPPED_BY, ids=[rule for _, rule in DROPPED_BY])
def test_furniture_line_is_dropped_by_its_rule(cleaner, line, rule_id):
    result = cleaner.clean(f"{BODY}\n{line}\n{BODY}\n")
    assert result.text == f"{BODY}\n{BODY}\n"
    assert result.lines[1].reason == f"rule {rule_id}"


@pytest.mark.parametrize("heading", ["【词汇学习】", "詞彙解析"])
def test_a_learning_pages_vocabulary_heading_takes_the_notes_under_it(cleaner, heading):
    notes = "go viral (走红): to spread quickly on the internet\npartitioned (隔开的): divided into separate sections\n"
    assert cleaner.clean(f"{BODY}\n{heading}\n{notes}").text == f"{BODY}\n"


@pytest.mark.parametrize("heading", ["熱門搜尋", "熱搜", "發燒話題", "熱門美股"])
def test_a_trending_searches_heading_takes_its_chips_under_it(cleaner, heading):
    assert cleaner.clean(f"{BODY}\n{heading}\niPhone 17\nSwitch 2\nNVDA\n").text == f"{BODY}\n"


@pytest.mark.parametrize("heading", ["网友评论", "热门跟贴", "跟帖 125 参与 3894", "我來說兩句", "精彩评论", "熱門留言",
                                     # A shop's buyers' reviews.
                                     "商品評價 4.8 ★(1,204)", "商品评价 (2.3万+) 好评率 97%", "Product Ratings"])
def test_a_comment_sections_heading_takes_the_comments_under_it(cleaner, heading):
    result = cleaner.clean(f"{BODY}\n{heading}\n网易湖北省武汉市网友:Peace is better than war.\n")
    assert result.text == f"{BODY}\n"
    assert result.lines[1].reason == "rule comment-section"


@pytest.mark.parametrize("marker", ["排序依據:最佳", "最相关", "Most relevant", "Responses (23)", "What are your thoughts?",
                                    "按热度 按时间"])
def test_where_a_posts_comments_begin_the_readers_lines_under_it_go(cleaner, marker):
    comments = ["Tommy Ho · 新成员", "Thanks Wing! Does this apply to the Saturday night road runs too?",
                "Yes, it covers every group event, and the coaches will be there."]
    result = cleaner.clean("\n".join([BODY, BODY, marker, *comments]) + "\n")
    assert result.text == f"{BODY}\n{BODY}\n"
    assert result.lines[2].reason == "rule comment-section-social"
    # Before the first paragraph, by the byline, the counter takes nothing with it.
    result = cleaner.clean("\n".join([marker, BODY, comments[1]]) + "\n")
    assert result.text == f"{BODY}\n{comments[1]}\n"


@pytest.mark.parametrize("counts", ["2,318則留言 6,052次分享", "64 条评论 · 203 次分享", "7 則回覆"])
def test_a_posts_counts_go_and_the_article_that_embeds_the_post_goes_on_under_them(cleaner, counts):
    result = cleaner.clean("\n".join([BODY, "阿堂牛肉湯", "今天早上四組訂位,23個人,一個都沒來.", counts, BODY]) + "\n")
    assert result.text == f"{BODY}\n{BODY}\n"
    assert result.lines[3].reason == "rule comment-counter"


CUT_BY = [
    (f"{BODY}          - 3 -", "page-number-glued"), (f"{BODY}   Page 2 of 4", "page-number-glued"),
    (f"{BODY} ► Continued on P6", "print-jump-line"), (f"{BODY} SHOP THE EDIT ›", "shop-button-glued"),
    (f"{BODY} → Buy on Amazon", "shop-link-glued"), (f"{BODY} Kongsi ke WhatsApp", "malay-chrome"),
    (f"{BODY}Continuar a ler", "furniture-glued-english"), (f"{BODY} BUY TICKETS", "shop-button-glued"),
    (f"{BODY} This segment is brought to you by Summit Language School — get your first lesson free.",
     "sponsor-read-glued"),
    (f"{BODY} Book a test drive", "action-button-glued"), (f"{BODY} Register now »", "action-button-glued"),
    (f"{BODY} Book now", "action-button-glued"),
    (f"{BODY} Got a tip? Email newsroom@harbourrecord.hk", "site-contact-glued"),
    (f"{BODY} Consumer Council Hotline: 2929 2222 | Online Complaint Form", "hotline-glued"),
    (f"{BODY} (Editor: Huang Shih-ya) 1150318", "editor-credit-english"),
    (f"{BODY} Related Links: Green Form Certificate | White Form HOS 2026", "page-links-glued"),
    (f"{BODY} Back to top", "page-links-glued"),
    (f"{BODY} Book your Japan trip now and save 10% with code JPN10!", "promo-code-glued"),
    (f"{BODY} English version: Download on Google Play / App Store", "action-button-glued"),
    (f"{BODY}（主持：陳美玲／剪輯：王小明）", "editor-credit"),
    (f"{BODY}Advertisements", "wordpress-glued"), (f"{BODY}Tap to translate", "post-furniture-glued"), (f"{BODY}Share this: X Facebook", "wordpress-glued"),
    (f"{BODY} SHOP THE LOOK: Muuto desk lamp, HK$1,890 →", "shop-button-glued"),
    (f"{BODY}Sign up for our weekly property newsletter for the latest on the market.", "newsletter-glued"), (f"{BODY} ▲TOP", "furniture-glued-english"),
    (f"{BODY} 👉 Sign up to our newsletter for more small-space ideas", "furniture-glued-english"), (f"P2:{BODY}", "picture-number-label"),
    (f"{BODY} [WeChat] [Weibo] [X]", "follow-glued-english"), (f"{BODY}展开全文 ∨", "continue-reading"),
    (f"{BODY} Unlock the full deal database with Ledger Pro. Start your free trial", "paywall-english"),
    (f"ADVERTISEMENT {BODY}", "advertisement-in-sentence"),
    (f"{BODY} Subscribe to Nikkei Asia for unlimited access.", "follow-glued-english"),
    (f"{BODY}Want more stories like this? Sign up here", "follow-glued-english"),
    (f"{BODY} Share this:", "furniture-glued-english"),
    (f"{BODY} Macau Business is now on WhatsApp. Click here to follow our channel.", "follow-glued-english"),
    # What a cut before the line's last words leaves is looked at again.
    (f"{BODY} 廣告 Advertisement", "advertisement-glued"),
    (f"{BODY}Publicidade", "advertisement-glued"), (f"{BODY}[PR]", "advertisement-glued"),
    (f"{BODY} 政府週一批准計劃。 【詞彙解釋】trial 試行；provisional 臨時的；暫定的；workload 工作量", "vocabulary-note-glued"),
    (f"{BODY} 📌 Pin it for later!", "furniture-glued-english"),
    (f"打开今日头条APP 阅读全文{BODY}", "app-promo"),
    (f"{BODY} 立即下載《The Standard》App，隨時掌握最新消息", "app-promo"),
    (f"{BODY} 點我下載 The Witness App 看更多", "app-promo"),
    (f"{BODY} 喜歡這篇文章嗎？追蹤我的 Instagram @yuchen.eats 看更多台中美食！", "follow-promo"),
    (f"{BODY} Read Next: Taiwan's Indigenous Radio Station Turns 20", "furniture-glued-english"),
    (f"{BODY} More news: Taipei Lantern Festival opens with drone show", "furniture-glued-english"),
    (f"{BODY} Feel strongly about these letters? Share your views by emailing us your Letter to the Editor at "
     "letters@example.com", "submissions-promo"),
    (f"{BODY}請繼續往下閱讀...", "continue-reading"),
    (f"{BODY} ↓↓↓ 請繼續往下閱讀 ↓↓↓", "continue-reading"),
    (f"{BODY} 延伸閱讀：東部連假車票秒殺 台鐵加開列車疏運", "related-inline"),
    (f"{BODY}（責任編輯：陳佳琳）", "editor-credit"),
    (f"{BODY}环球网版权作品，未经书面授权，严禁转载", "copyright"),
    (f"{BODY} Enditem/AW", "furniture-glued-english"),
    (f"{BODY} - END -", "end-marker"),
    (f"{BODY} Story continues", "advertisement-in-sentence"),
    (f"{BODY} ■", "end-marker"),
    ("The city council approved the plan on Monday after a long debate, Advertisement officials said.",
     "advertisement-in-sentence"),
    (f"[00:04.12]{BODY}", "transcript-timestamp"), (f"[01:15]{BODY}", "transcript-timestamp"),
    (f"{BODY} App Download", "app-promo"),
    (f"{BODY}Back to top", "furniture-glued-english"),
    (f"{BODY} 2026-03-18 18:05 瀏覽數 1,234", "stamp-glued-english"),
    (f"{BODY} Open in Google Maps", "booking-widget"),
    (f"{BODY}高德地图 导航", "booking-widget"),
    (f"{BODY}Read the full story in the app", "app-promo"),
    (f"{BODY} | 2026-03-17 16:05:31 [字体:大 中 小]", "stamp-glued-english"),
    (f"{BODY} 2026-03-19 HKT 18:07", "stamp-glued-english"),
    (f"{BODY} | chinadaily.com.cn | Updated: 2026-03-11 09:12", "stamp-glued-english"),
    (f"{BODY}（點擊查看大圖）", "image-viewer"),
    (f"{BODY} Click to enlarge", "image-viewer"),
    (f"{BODY} Buy tickets", "ticket-button"),
    (f"中央社 2026年3月19日 週四 下午5:02 {BODY}", "agency-byline-chinese"),
    (f"{BODY} Attachment: Annual report 2025 (PDF, 2.1 MB)", "file-link"),
    (f"Skip to main content {BODY}", "furniture-glued-english"),
    (f"{BODY} 投書請寄 letters@example.tw Submit a letter to the editor", "submissions-promo"),
    (f"{BODY} O网页链接", "weibo-link"),
    (f"{BODY}（只有英文版）", "language-note"),
    (f"{BODY}Scroll to continue with content", "toolbar-glued-english"),
    (f"{BODY} Copy link", "toolbar-glued-english"),
    (f"{BODY} Gift this article", "toolbar-glued-english"),
    (f"{BODY} Report an error", "toolbar-glued-english"),
    (f"{BODY} Scroll to continue reading", "toolbar-glued-english"),
    (f"Share this article Facebook X LINE Copy link {BODY}", "share-row-glued"),
    (f"{BODY} Follow ST on Instagram and TikTok for more food news.", "follow-glued-english"),
    (f"{BODY} Share: Facebook WhatsApp Email", "follow-glued-english"),
    (f"{BODY} View original content to download multimedia: https://www.example.com/302712345.html",
     "wire-boilerplate"),
    (f"{BODY}Share", "furniture-glued-english"),
    (f"{BODY} | Print", "furniture-glued-english"),
    (f"{BODY}Related: Solar Module Exports Fall 12% in First Two Months", "furniture-glued-english"),
    (f"{BODY} 👍 52 👎 1", "furniture-glued-english"),
    (f"{BODY}01:52", "furniture-glued-english"),
    (f"{BODY} Share WeChat Weibo Copy link", "furniture-glued-english"),
    (f"{BODY}Support HKIP | Policies & Ethics | Error/typo? | Contact Us | Newsletter", "furniture-glued-english"),
    (f"{BODY}Related News 03/23/2026 Taiwan reports first dengue case", "furniture-glued-english"),
    (f"🔊{BODY}", "leading-marker"),
    (f"0 Comment(s)Print E-mail {BODY}", "article-toolbar-english"),
    (f"{BODY}(完)", "end-marker"),
    (f"{BODY} Share this gallery", "furniture-glued-english"),
    (f"{BODY} Share  Copied", "furniture-glued-english"),
    (f"{BODY} Facebook X LINE Copy link", "follow-glued-english"),
    (f"{BODY} + FOLLOW", "follow-glued-english"),
    (f"{BODY} Subscribe to our newsletter", "newsletter-glued"),
    (f"{BODY}Most Popular Taipei MRT to extend weekend hours from July Cabinet approves flood-control plan",
     "furniture-glued-english"),
    (f"{BODY}Recommended for you:Why Taiwan's chip towns are running short of rental homes", "furniture-glued-english"),
    (f"{BODY}Download the Harbour Post app for the latest news", "furniture-glued-english"),
    (f"{BODY} | 2026-03-15 19:32:10", "stamp-glued-english"),
    (f"{BODY} 2026-03-18 18:05", "stamp-glued-english"),
    (f"{BODY}展开剩余72%", "continue-reading"),
    (f"{BODY[:30]}広告 {BODY[30:]}", "ad-label"),
    (f"{BODY} Why you can trust SCMP", "trust-badge-english"),
    (f"▲{BODY}", "leading-marker"),
    (f"{BODY} 艾文達 (3681) 512.0 ▲12.0 +2.40%", "quote-glued"),
    (f"■{BODY}", "leading-marker"),
    (f"{BODY}(Web editor: Zhang Kaiwei, Hong Yu)", "editor-credit-english"),
    (f"{BODY}   Editor: Zhu Qing", "editor-credit-english"),
    (f"列印此頁 | 電郵此頁 {BODY}", "share-bar"),   # tools glued before the text take only themselves
    (f"{BODY} 字體大小 A A A", "share-bar"),   # font-size buttons are no text
    (f"::: {BODY}", "accesskey"),
    (f"{BODY}(圖片由傑志提供)", "photo-credit"),
    (f"{BODY}(臺南市文化局提供)", "photo-credit"),
    (f"{BODY}(翻攝自日本漢字能力檢定協會官網)", "photo-credit"),
    (f"ADVERTISEMENT{BODY}", "furniture-glued-english"),
    # App promotions glued before the article's text take only themselves.
    (f"點我下載APP 颱風動態即時推播 {BODY}", "app-promo"),
    # A drop rule's match after a paragraph is furniture glued onto it.
    (f"{BODY} Support our journalism. Become a member from NT$150 a month.", "support-appeal"),
    # Two cuts with only a comma between them take it with them.
    (f"{BODY}返回搜狐，查看更多", "continue-reading"),
    # So do the brackets around a drop rule's label glued onto the last sentence.
    (f"{BODY}[免責聲明] 本文僅代表企業觀點，與本網無關。", "disclaimer"),
    (f"{BODY}【免责声明】本文仅代表企业观点", "disclaimer"),
    (f"{BODY} Add to calendar", "furniture-glued-english"),
    (f"{BODY} Copy code", "furniture-glued-english"),
    (f"{BODY} TURN TO PAGE A4", "print-jump-line"),
    (f"{BODY} More Hong Kong news ›", "furniture-glued-english"),
    (f"{BODY} Subscribe to our newsletter ✉", "furniture-glued-english"),
    (f"{BODY} Show translation", "furniture-glued-english"),
    (f"{BODY} Sign up on TwinBit with code BLOCKDAILY and get 100 USDT in trading credit →", "furniture-glued-english"),
    (f"{BODY} 看更多 ≫", "continue-reading"),
    (f"{BODY} Download PDF (118 KB)", "file-link"),
    (f"{BODY} ▶ Watch replay", "furniture-glued-english"),
    (f"{BODY}Download CGTN App", "furniture-glued-english"),
    (f"{BODY}Editor's pick: 10 breakfast spots worth waking up early for", "furniture-glued-english"),
    (f"{BODY} Print this page", "toolbar-glued-english"),
    (f"{BODY}(本文不代表本網立場，投資人應審慎判斷)", "disclaimer"),
    (f"{BODY}《更多法新社報導》", "related-inline"),
    # The label's colon goes with the furniture it labels.
    (f"{BODY} 看更多：北市圖自習室延長開放 考生搶位一位難求", "continue-reading"),
    # A prompt glued on with no space, whose rule matches inside it.
    (f"{BODY}Our Education newsletter: get the latest on schools and universities in Hong Kong. Sign up",
     "follow-english"),
]


@pytest.mark.parametrize("line, rule_id", [("廣告 Advertisement", "advertisement-english"),
                                           ("推廣 Sponsored", "advertisement-english")])
def test_what_a_cut_leaves_is_judged_by_the_rules_again(cleaner, line, rule_id):
    result = cleaner.clean(f"{BODY}\n{line}\n{BODY}\n")
    assert result.text == f"{BODY}\n{BODY}\n"
    assert result.lines[1].reason == f"rule {rule_id}"
    assert result.lines[1].cuts


@pytest.mark.parametrize("line, rule_id", CUT_BY, ids=[rule for _, rule in CUT_BY])
def test_furniture_glued_onto_a_paragraph_is_cut_by_its_rule(cleaner, line, rule_id):
    result = cleaner.clean(f"{line}\n")
    assert result.text == f"{BODY}\n"
    assert rule_id in result.lines[0].reason


@pytest.mark.parametrize("line, output, rule_id", [
    ("Published: 6:00pm, 4 Mar 2026Why you can trust SCMP", "Published: 6:00pm, 4 Mar 2026", "trust-badge-english"),
    ("Riders must buy insurance for third-party injuries. Story continues below advertisement Scooters parked on "
     "sidewalks will be towed, the city said.", "Riders must buy insurance for third-party injuries. Scooters parked on "
     "sidewalks will be towed, the city said.", "advertisement-in-sentence"),
    ("“Download the app and show the QR code at the gate,” a spokeswoman for the authority said. 訂閱電子報",
     "“Download the app and show the QR code at the gate,” a spokeswoman for the authority said.", "follow-promo"),
    ("The court fined him HK$5,000 for the guilty plea. Support HKFP  |  Policies & Ethics  |  Contact Us  |  "
     "Transparency & Annual Report  |  Apps", "The court fined him HK$5,000 for the guilty plea.", "furniture-glued-english"),
    ("The city has about 28,000 scooters. Article continues after this advertisement",
     "The city has about 28,000 scooters.", "advertisement-in-sentence"),
    ("Divers check the kelp lines off Badouzi.(Photo courtesy of NTOU)(點擊圖片可放大)",
     "Divers check the kelp lines off Badouzi.(Photo courtesy of NTOU)", "image-viewer"),
    # A short last sentence, or a credit, with Chinese furniture after it: the scripts part them.
    ("Applications will open on September 8. 本網站使用cookies以提昇您的使用體驗及統計。", "Applications will open on September 8.",
     "cookie-notice"),
    ("(Reporting by Yimou Lee; Editing by Gerry Doyle) 提醒您：禁止酒駕 飲酒過量有礙健康",
     "(Reporting by Yimou Lee; Editing by Gerry Doyle)", "public-notice"),
    ("Staff writer, with CNA 提醒您：禁止酒駕 飲酒過量有礙健康", "Staff writer, with CNA", "public-notice"),
    ("(By Huang Li-yun and Lee Hsin-Yin) 隱私權政策 服務條款 關於我們 聯絡我們", "(By Huang Li-yun and Lee Hsin-Yin)", "disclaimer"),
    # A prompt in brackets glued into a sentence is no gloss of the word before it.
    ("Slots can be booked through the HA Go app （按此繼續閱讀） or by calling 2157 0157, officials said.",
     "Slots can be booked through the HA Go app or by calling 2157 0157, officials said.", "continue-reading"),
    ("Slots can be booked through the app （点击继续阅读） or by phone, officials said.",
     "Slots can be booked through the app or by phone, officials said.", "continue-reading"),
    ("The council said the money would be paid from April, and that more details would follow. © 2026 Taiwan News. "
     "All Rights Reserved.", "The council said the money would be paid from April, and that more details would follow.",
     "copyright-english"),
    ("The city now has more than 600 pocket parks beside roads and flyovers. Get the latest insights and analysis from "
     "our Global Impact newsletter on the big stories originating in China.",
     "The city now has more than 600 pocket parks beside roads and flyovers.", "follow-glued-english"),
    ("The scheme gives parents up to 18 months each Story continues below advertisement with a monthly allowance.",
     "The scheme gives parents up to 18 months each with a monthly allowance.", "advertisement-in-sentence"),
    # Furniture glued on in a row: each piece goes, the paragraph stays.
    ("The city now has more than 600 pocket parks, according to the bureau that manages them. Sign up for our "
     "newsletter. For more SCMP stories, please explore the SCMP app.",
     "The city now has more than 600 pocket parks, according to the bureau that manages them.", "syndication-promo"),
    ("The scheme was backed by a local bank 贊助商廣告 and two charities, organisers said on Friday.",
     "The scheme was backed by a local bank and two charities, organisers said on Friday.", "ad-label"),
    ("Residents said the deer come at dusk. “They eat everything if I leave the door open.” Story continues below "
     "advertisement", "Residents said the deer come at dusk. “They eat everything if I leave the door open.”",
     "furniture-glued-english"),
    ("The deer were first seen on Taiwan proper, - Advertisement - but wildlife experts say the population is growing.",
     "The deer were first seen on Taiwan proper, but wildlife experts say the population is growing.",
     "advertisement-in-sentence"),
    ("The Kings scored 12 straight points midway through the period －廣告－ to give them a lead they never lost.",
     "The Kings scored 12 straight points midway through the period to give them a lead they never lost.", "ad-label"),
    ("The station has been permanently crewed since 2022. ▲ 图为神舟二十号发射现场。",
     "The station has been permanently crewed since 2022.", "furniture-glued-english"),
    ("Taobao said orders shipped to Hong Kong rose 45 percent in the first quarter, and that it had opened 30 more "
     "pickup points. 👉 Click here to join our WhatsApp channel", "Taobao said orders shipped to Hong Kong rose 45 "
     "percent in the first quarter, and that it had opened 30 more pickup points.", "furniture-glued-english"),
    ("Taobao said orders shipped to Hong Kong rose 45 percent in the first quarter, and that it had opened 30 more "
     "pickup points. 👉 Follow us on Telegram for the latest news", "Taobao said orders shipped to Hong Kong rose 45 "
     "percent in the first quarter, and that it had opened 30 more pickup points.", "follow-glued-english"),
    ("The players celebrate after the final in Kuala Lumpur on Sunday. 圖取自Badminton Photo網站",
     "The players celebrate after the final in Kuala Lumpur on Sunday.", "photo-credit"),
    ("[廣告] 請繼續往下閱讀... Violators would face fines of up to twice the unreported amount, it said.",
     "Violators would face fines of up to twice the unreported amount, it said.", "continue-reading"),
    # Speech glued after furniture is the article's, however short.
    ("想看更多新聞嗎？現在用APP看新聞還能抽獎 點我下載APP 按我看活動辦法 “Tainan’s history did not begin in 1624,” he said.",
     "“Tainan’s history did not begin in 1624,” he said.", "app-promo"),
    ("The wage rise was approved after a long debate in the service and technology sectors, ADVERTISEMENT MOL official "
     "Tsai Meng-liang told reporters.", "The wage rise was approved after a long debate in the service and technology "
     "sectors, MOL official Tsai Meng-liang told reporters.", "advertisement-in-sentence"),
    ("Issued at HKT 18:45 Back to top", "Issued at HKT 18:45", "furniture-glued-english"),
    ("The new line opens today. Come and ride it! pic.twitter.com/aR7kLm2QxZ — 許麗華 Hsu Li-hua (@HsuLihua_MOA) "
     "March 13, 2026", "The new line opens today. Come and ride it!", "social-embed-attribution"),
    # After a sentence that ends in a number, a day's or a year's.
    ("The exhibition runs at the museum in Beijing until Nov. 30. Download the ECNS App for more news",
     "The exhibition runs at the museum in Beijing until Nov. 30.", "furniture-glued-english"),
    # The whole of the Chinese inserted into the sentence goes, not only what the rule knows of it.
    ("The water flowed from a disused pumping station, 更多精彩内容，请下载上海日报APP officials with the bureau said.",
     "The water flowed from a disused pumping station, officials with the bureau said.", "app-promo"),
    ("New customers get HK$5,200 in credit, the bank said. Learn more",
     "New customers get HK$5,200 in credit, the bank said.", "furniture-glued-english"),
    ("I think the new rules are fine for now, to be honest. Sent from my iPhone using Mobile01 App",
     "I think the new rules are fine for now, to be honest.", "sent-from-device"),
    ("Nintendo Direct brought news of Mario and Zelda games, the company said. #NintendoDirect #Switch2 #任天堂",
     "Nintendo Direct brought news of Mario and Zelda games, the company said.", "hashtags-glued"),
    ("The studio is hiring a Marketing Executive for its Kwun Tong office. 立即申請",
     "The studio is hiring a Marketing Executive for its Kwun Tong office.", "action-button-chinese"),
    ("A ferry leaves Central Pier for Mui Wo on Thursday. Photo: Cheung Wai-man Open in app",
     "A ferry leaves Central Pier for Mui Wo on Thursday. Photo: Cheung Wai-man", "app-promo"),
    ("The harvest was sold to traders Advertisement Scroll to continue who supplied instant coffee makers.",
     "The harvest was sold to traders who supplied instant coffee makers.", "advertisement-in-sentence"),
    ("Source: SHINE Editor: Zhu Qing", "Source: SHINE", "editor-credit-english"),
    ("Exports rose 5% in March, the Korea Customs Service said in a statement, opens new tab.",
     "Exports rose 5% in March, the Korea Customs Service said in a statement.", "link-label"),
    ("The full ruling (opens in a new window) runs to 80 pages, the court said.",
     "The full ruling runs to 80 pages, the court said.", "link-label"),
    ("Photo: Shanghai Museum Share 微信 微博", "Photo: Shanghai Museum", "share-mixed"),
    ("The tea house will close for good at the end of April. Join our WhatsApp channel for breaking news updates",
     "The tea house will close for good at the end of April.", "follow-glued-english"),
    ("Regulars queued for a final visit. Like us on Facebook and follow us on Instagram for the latest news",
     "Regulars queued for a final visit.", "follow-glued-english"),
    ("Ministers will meet again in June to prepare for the summit. Follow Lantern News for the latest.",
     "Ministers will meet again in June to prepare for the summit.", "follow-glued-english"),
    ("Vendors protested on Friday, CNA reported. Subscribe to Harbour News on LINE for the latest updates",
     "Vendors protested on Friday, CNA reported.", "follow-glued-english"),
    ("Owners must finish the repairs within a year. Join The Harbour's WhatsApp channel for the latest news",
     "Owners must finish the repairs within a year.", "follow-glued-english"),
    ("The airport handled 46.2 million passengers last year, according to airport data. "
     "原文網址：https://www.taiwannews.com.tw/news/6312458",
     "The airport handled 46.2 million passengers last year, according to airport data.", "source-credit"),
    ("Most of them are near universities and Scroll to continue with content shopping districts.",
     "Most of them are near universities and shopping districts.", "advertisement-in-sentence"),
    ("Tea farmers pick tea leaves in Longjing Village. (Xinhua/Chen Zhongqiu) 2/6",
     "Tea farmers pick tea leaves in Longjing Village. (Xinhua/Chen Zhongqiu)", "furniture-glued-english"),
    ("Tourists take photos of the Hongyadong complex from a cruise boat on the Jialing River on July 11.[Photo/IC]CLOSE",
     "Tourists take photos of the Hongyadong complex from a cruise boat on the Jialing River on July 11.[Photo/IC]",
     "furniture-glued-english"),
    ("Date: April 4, 2026 Add to calendar", "Date: April 4, 2026", "furniture-glued-english"),
    ("ADVERTISEMENT “Some of these posts looked like personal diaries, but they were paid for,” Wang said.",
     "“Some of these posts looked like personal diaries, but they were paid for,” Wang said.",
     "furniture-glued-english"),
    ("The largest fund, the Yuanta Taiwan Top 50 ETF (0050)元大台灣50 184.35 ▲1.25 +0.68%, had about 3.1 million "
     "holders, the exchange said.",
     "The largest fund, the Yuanta Taiwan Top 50 ETF (0050), had about 3.1 million holders, the exchange said.",
     "quote-glued"),
    ("The campus will host about 6,000 students, according to the Education Bureau.Sign up now and get a 10 per "
     "cent discount on your first year.",
     "The campus will host about 6,000 students, according to the Education Bureau.", "follow-glued-english"),
    ("Weight-loss injection pens on display at a pharmacy in Taipei. (Taiwan News, Sofia Lin photo)  1 / 3",
     "Weight-loss injection pens on display at a pharmacy in Taipei. (Taiwan News, Sofia Lin photo)",
     "furniture-glued-english"),
    ("Each will pay a nominal rent of NT$1,000Advertisement a month, the council said.",
     "Each will pay a nominal rent of NT$1,000 a month, the council said.", "advertisement-in-sentence"),
    ("The plan starts next month, the league said in Taipei. ▼繼續閱讀▼ Teams may challenge two calls a game, he said.",
     "The plan starts next month, the league said in Taipei. Teams may challenge two calls a game, he said.",
     "continue-reading"),
    ("Stores on Jishan Street sell them for about NT$150 if you forget. Check hotel prices in Jiufen on Agoda »",
     "Stores on Jishan Street sell them for about NT$150 if you forget.", "booking-button"),
    ("The river was recorded at 10.8 metres at 6pm, Iklan well above its danger level, the agency said.",
     "The river was recorded at 10.8 metres at 6pm, well above its danger level, the agency said.",
     "advertisement-in-sentence"),
    ("About 180,000 motorcyclists cross every day, the police said. Baca juga: Kesesakan di Tambak Johor",
     "About 180,000 motorcyclists cross every day, the police said.", "furniture-glued-english"),
    ("Trains will run every few minutes, he told reporters at the site. Muat turun aplikasi kami",
     "Trains will run every few minutes, he told reporters at the site.", "app-promo-english"),
    ("Every NT$500 feeds a rescued dog for two weeks. Donate now »", "Every NT$500 feeds a rescued dog for two weeks.",
     "furniture-glued-english"),
    ("The rules take effect May 1, the department said. Tap to continue reading",
     "The rules take effect May 1, the department said.", "furniture-glued-english"),
    # The ellipsis that leads a prompt goes with it.
    ("The center will have places for 260 children, the bureau said. ⋯⋯展開全文 ▾",
     "The center will have places for 260 children, the bureau said.", "continue-reading"),
    ("Hotel bookings rose by 40 percent, according to Trip.com. [[纠错]](https://english.example.cn/jc/index.htm)",
     "Hotel bookings rose by 40 percent, according to Trip.com.", "markdown-icon-links"),
    ("Open 6am to 3pm daily. Cash only. WhatsApp 分享 | Facebook 分享", "Open 6am to 3pm daily. Cash only.",
     "share-buttons-before-chinese"),
    ("Additional reporting by Jiang Lin Show less", "Additional reporting by Jiang Lin", "furniture-glued-english"),
    ("US-listed Chinese stocks rallied on Thursday after cloud computing group Lanshan Cloud 蓝山云 LSC.O +14.62% "
     "reported a surge in revenue.", "US-listed Chinese stocks rallied on Thursday after cloud computing group Lanshan "
     "Cloud reported a surge in revenue.", "stock-quote-box"),
    ("Source: Xinhua| 2026-03-14 16:22:05 | [Editor: huaxia]", "Source: Xinhua", "editor-credit-english"),
    ("A customer checks a mobile banking app at a cafe in Taipei. (Taiwan News, Lin Pei-shan photo) 加入Taiwan News "
     "LINE好友,新聞不漏接", "A customer checks a mobile banking app at a cafe in Taipei. (Taiwan News, Lin Pei-shan "
     "photo)", "follow-promo"),
    ("▶ Listen Taiwan will host a search-and-rescue exercise next month, the council said on Tuesday.",
     "Taiwan will host a search-and-rescue exercise next month, the council said on Tuesday.", "listen-button"),
    # A stop inside an e-mail address ends no sentence that a row of links could be glued after.
    ("Contact: Office of International Admissions, +886-3-456-7890, intl@kmu.edu.tw  分享到 Facebook|LINE|X",
     "Contact: Office of International Admissions, +886-3-456-7890, intl@kmu.edu.tw", "share-bar"),
    ("A diesel locomotive pauses at Fenqihu Station. Photo: Emily Hsieh Photo 3 of 8",
     "A diesel locomotive pauses at Fenqihu Station. Photo: Emily Hsieh", "furniture-glued-english"),
    ("Additional reporting by Liu Peilin Related: China's EV exports hit record in February",
     "Additional reporting by Liu Peilin", "furniture-glued-english"),
    ("Scroll to continue with contentMusang King, the most prized variety, sold for RM55 a kilogram, growers said.",
     "Musang King, the most prized variety, sold for RM55 a kilogram, growers said.", "furniture-glued-english"),
    ("Schools in Hualien will be closed on Tuesday, officials announced.Share this update",
     "Schools in Hualien will be closed on Tuesday, officials announced.", "furniture-glued-english"),
    ("Additional reporting by AFP Tags: wetlands · Changhua · conservation", "Additional reporting by AFP",
     "furniture-glued-english"),
    ("Hsieh lifts the trophy after the final in Las Vegas. Photo courtesy of Matchroom Pool 圖／翻攝自Matchroom Pool臉書",
     "Hsieh lifts the trophy after the final in Las Vegas. Photo courtesy of Matchroom Pool", "photo-credit"),
    # The quote that closes the sentence before a row of links is the sentence's.
    ("“We rebuilt the cooling system at 3am in the hotel and it worked the next day,” the captain said.” Share: Facebook | X | LINE",
     "“We rebuilt the cooling system at 3am in the hotel and it worked the next day,” the captain said.”",
     "furniture-glued-english"),
    ("Average temperatures were 廣告 AD 1.6°C above normal, according to the Central Weather Administration.",
     "Average temperatures were 1.6°C above normal, according to the Central Weather Administration.", "ad-label"),
    ("Volunteers say the collars send an alert when the cattle wander (wander v. 遊蕩) within 20 metres of the road.",
     "Volunteers say the collars send an alert when the cattle wander within 20 metres of the road.",
     "vocabulary-note-inline"),
    ("“We grew too fast,” chief executive |廣告| Huang Po-wen (黃柏文) wrote in the memo.",
     "“We grew too fast,” chief executive Huang Po-wen (黃柏文) wrote in the memo.", "ad-label"),
    ("An investor watches share prices at a brokerage in Taipei yesterday. Photo: CNA (中央社檔案照)",
     "An investor watches share prices at a brokerage in Taipei yesterday. Photo: CNA", "media-tag-chinese"),
    # The paragraph after a related link keeps its opening quote.
    ("相關新聞：急症室加價一年 求診人次跌兩成 “We have seen fewer people at emergency departments, which means our "
     "doctors can spend more time on patients,” said Dr Winnie Yeung.",
     "“We have seen fewer people at emergency departments, which means our doctors can spend more time on "
     "patients,” said Dr Winnie Yeung.", "related-inline"),
])
def test_a_cut_leaves_the_articles_part_of_the_line(cleaner, line, output, rule_id):
    result = cleaner.clean(f"{BODY}\n{line}\n")
    assert result.text == f"{BODY}\n{output}\n"
    assert rule_id in result.lines[1].reason


@pytest.mark.parametrize("heading, output", [("History[编辑]", "History"), ("Geography 編輯", "Geography"),
                                             ("Culture [edit]", "Culture"), ("Tai O (編輯)", "Tai O"),
                                             # An encyclopedia's controls beside the heading, a wiki's tabs.
                                             ("Legacy 播报 编辑 讨论 上传视频", "Legacy"),
                                             ("Wang Ganchang 播报 编辑 锁定 讨论 上传视频", "Wang Ganchang"),
                                             ("Lukang Longshan Temple 編輯 | 討論 | 歷史", "Lukang Longshan Temple")])
def test_a_wikis_edit_link_after_a_heading_takes_only_itself(cleaner, heading, output):
    result = cleaner.clean(f"{BODY}\n{heading}\n{BODY}\n")
    assert result.text == f"{BODY}\n{output}\n{BODY}\n"
    assert result.lines[1].reason == "rule edit-link"


@pytest.mark.parametrize("line, output, rule_id", [
    ("Fiona Sun · 3 分鐘（閱讀時間）", "Fiona Sun", "reading-time"),
    ("South Korea's birth rate rises for second year in a row - BBC News",
     "South Korea's birth rate rises for second year in a row", "headline-site-name"),
    ("Old bookshop to close after 90 years - Yahoo News Singapore", "Old bookshop to close after 90 years",
     "headline-site-name"),
    ("Updated: Mar 11, 2026 10:07 Xinhua Print | Mail | Large Medium Small", "Updated: Mar 11, 2026 10:07 Xinhua",
     "follow-glued-english"),
    ("Issued at HKT 14:25 Printer-friendly version", "Issued at HKT 14:25", "follow-glued-english"),
    ("By Ana Ribeiro | 2026-05-20 11:30", "By Ana Ribeiro", "stamp-glued-english"),
    ("Tsinghua researchers develop ultra-thin solar cells for wearable devices 2026-03-12",
     "Tsinghua researchers develop ultra-thin solar cells for wearable devices", "stamp-glued-english"),
    ("Night market to return to Tsim Sha Tsui waterfront | 2026/03/12",
     "Night market to return to Tsim Sha Tsui waterfront", "stamp-glued-english"),
    ("《中央社》High speed rail to add 10 trains a week from April", "High speed rail to add 10 trains a week from April",
     "agency-credit-chinese"),
    ("首頁 > 最新消息 > 英文新聞Riverside bike path to open", "Riverside bike path to open", "breadcrumb-before-headline"),
    ("聽新聞 Taoyuan airport to add e-gates for foreign visitors", "Taoyuan airport to add e-gates for foreign visitors",
     "listen-label-chinese"),
    ("By Lin Chia-nan / Staff reporter Advertisement", "By Lin Chia-nan / Staff reporter", "advertisement-in-sentence"),
    ("Miami Open: Zheng vs Pegula — Watch live", "Miami Open: Zheng vs Pegula", "furniture-glued-english"),
    ("Japan eases rules for Taiwanese working holiday applicants | Taipei Times | LINE TODAY",
     "Japan eases rules for Taiwanese working holiday applicants", "headline-site-name"),
    ("Taiwan reports first imported measles case of 2026 - Yahoo奇摩新聞", "Taiwan reports first imported measles case of 2026",
     "headline-site-name"),
    ("Kai Tak draws the crowds | The Standard", "Kai Tak draws the crowds", "headline-site-name"),
    ("Taipei, March 5 (CNA) （中央社記者張茗喧台北5日電）Taiwan will cut the catch limit for Pacific saury this year",
     "Taipei, March 5 (CNA) Taiwan will cut the catch limit for Pacific saury this year", "agency-credit-chinese"),
    ("The shop opened in Taipei on Tuesday. (Taiwan News, Sean Scanlon photo) 圖／Taiwan News提供",
     "The shop opened in Taipei on Tuesday. (Taiwan News, Sean Scanlon photo)", "photo-credit"),
    ("ETtoday新聞雲/Kaohsiung, May 6 (CNA) Kaohsiung Rapid Transit Corp. will extend its hours",
     "Kaohsiung, May 6 (CNA) Kaohsiung Rapid Transit Corp. will extend its hours", "site-label-bracketed"),
    ("Kaohsiung flower festival adds cycling routes Print | Share | Back", "Kaohsiung flower festival adds cycling routes",
     "follow-glued-english"),
    ("Cabinet approves package for firms hit by US tariffs Print Share Facebook X LINE",
     "Cabinet approves package for firms hit by US tariffs", "follow-glued-english"),
    ("圖：Residents tape up windows in Chai Wan on Tuesday night. Photo: Sing Tao",
     "Residents tape up windows in Chai Wan on Tuesday night. Photo: Sing Tao", "script: Chinese glued before"),
    ("Govt steps up typhoon preparations | news.gov.hk", "Govt steps up typhoon preparations", "headline-site-name"),
    ("Man arrested after knife attack at market stall - Dimsum Daily", "Man arrested after knife attack at market stall",
     "headline-site-name"),
    ("VOA慢速英语：Scientists Say Bumblebees Can Learn to Count to Four", "Scientists Say Bumblebees Can Learn to Count to Four",
     "channel-label"),
    ("Address: No. 333, Sec. 1, Anping Rd, Tainan (台南市安平路一段333號) 📍查看地圖",
     "Address: No. 333, Sec. 1, Anping Rd, Tainan (台南市安平路一段333號)", "booking-widget"),
    ("(Taipei Times) 單字：reusable 可重複使用的；deposit 押金；tableware 餐具", "(Taipei Times)", "vocabulary-note-glued"),
    # A paper's name before its reporter's ("Photo: Liu Hsin-de, Taipei Times （自由時報記者劉信德攝）").
    ("Photo: Liu Hsin-de, Taipei Times （自由時報記者劉信德攝）", "Photo: Liu Hsin-de, Taipei Times", "reporter-credit"),
    ("記者梁穎欣報道：Kwun Tong Line services were suspended for about 90 minutes on Monday, the MTR said.",
     "Kwun Tong Line services were suspended for about 90 minutes on Monday, the MTR said.", "reporter-credit"),
    ("Source(s): Xinhua Download CGTN App", "Source(s): Xinhua", "app-promo-brand-glued"),
    ("In pics: spring blossoms across China-Xinhua", "In pics: spring blossoms across China", "headline-site-name"),
    ("Sea link cuts Zhuhai-Jiangmen trip to 30 minutes - Chinadaily.com.cn", "Sea link cuts Zhuhai-Jiangmen trip to 30 minutes",
     "headline-site-name"),
    ("Suzhou Creek riverside path fully linked as last gap closes | SHINE News",
     "Suzhou Creek riverside path fully linked as last gap closes", "headline-site-name"),
    # Between two paragraphs run together onto one line.
    ("The launch went well.Download CGTN AppIt was the 12th launch this year.",
     "The launch went well. It was the 12th launch this year.", "app-promo-brand-glued"),
    # A byline, not a menu of two items, once its share row goes.
    ("Wendy Lam | Share: Facebook WhatsApp Email", "Wendy Lam", "follow-glued-english"),
    # ... or its toolbar's bare buttons.
    ("Mandy Lam A | A | A Share:", "Mandy Lam", "follow-glued-english"),
    ("by Tony Lau Print Email Font size", "by Tony Lau", "follow-glued-english"),
    ("Qian Wenjie Share on WeChat Share on Weibo Share on X", "Qian Wenjie", "follow-glued-english"),
    ("By Deng Rui in Chongqing Share - WeChat", "By Deng Rui in Chongqing", "follow-glued-english"),
    ("By Amy Lau, Senior Education Consultant 📱 WhatsApp", "By Amy Lau, Senior Education Consultant",
     "follow-glued-english"),
    # Glued on before Chinese furniture, it goes once the Chinese is cut.
    ("By Amy Lau, Senior Education Consultant 📱 WhatsApp 查詢：9123 4567", "By Amy Lau, Senior Education Consultant",
     "follow-glued-english"),
    ("New library and sports centre to open in Tung Chung next month Print this page",
     "New library and sports centre to open in Tung Chung next month", "toolbar-glued-english"),
    ("Taiwan fines influencers over unlabelled weight-loss drug adsShare this article",
     "Taiwan fines influencers over unlabelled weight-loss drug ads", "furniture-glued-english"),
    ("Who will pick Taiwan's fruit? Farms turn to migrant workers | Read this article in Chinese",
     "Who will pick Taiwan's fruit? Farms turn to migrant workers", "furniture-glued-english"),
    ("Taiwan's first homegrown cable repair ship enters service 00:00/02:31",
     "Taiwan's first homegrown cable repair ship enters service", "furniture-glued-english"),
    ("By Irene Cheung Follow", "By Irene Cheung", "follow-glued-english"),
    ("by Mia Tang  Share   Tweet   Email", "by Mia Tang", "follow-glued-english"),
    ("By Paul Reyes, Contributing Writer | Follow on X", "By Paul Reyes, Contributing Writer", "follow-glued-english"),
    ("By Zhang Rui Print | Email | Text Size:", "By Zhang Rui", "follow-glued-english"),
    ("English|Chip boom tests the city's water and patience", "Chip boom tests the city's water and patience",
     "language-switch"),
    ("By Chiu Yu-han / Staff reporter 👁 12,408", "By Chiu Yu-han / Staff reporter", "counters"),
    ("Admission: NT$150 for adults 立即購票 ›", "Admission: NT$150 for adults", "action-button-chinese"),
    ("Media contact: Grace Wu, pr@example.com（完）", "Media contact: Grace Wu, pr@example.com", "end-marker"),
    ("Harbour REIT Completes HK$3.1 Billion Acquisition of Logistics Centre 2819.HK +1.35%",
     "Harbour REIT Completes HK$3.1 Billion Acquisition of Logistics Centre", "quote-glued"),
    ("An executive at a Advertisement Taipei-based server maker said orders would slow.",
     "An executive at a Taipei-based server maker said orders would slow.", "advertisement-in-sentence"),
    ("The park will open on Monday, the department said.AdvertisementThe routes will run late.",
     "The park will open on Monday, the department said. The routes will run late.", "advertisement-in-sentence"),
    ("By Grace Tsai 追蹤udn TAIPEI, March 19 (Reuters) - Rates were unchanged.",
     "By Grace Tsai TAIPEI, March 19 (Reuters) - Rates were unchanged.", "follow-button-chinese"),
    ("By Natalie Kwok 追蹤 and Harvey Lau 追蹤", "By Natalie Kwok and Harvey Lau", "follow-button-chinese"),
    ("Nora Whitfield · 追蹤", "Nora Whitfield", "follow-button-chinese"),
    ("(By Yang Shih-chi and Evelyn Kao)More", "(By Yang Shih-chi and Evelyn Kao)", "furniture-glued-english"),
    ("(By Yang Shih-chi and Evelyn Kao) More", "(By Yang Shih-chi and Evelyn Kao)", "furniture-glued-english"),
    ("首页 > 中国 > 社会 > Tea farmers in Fujian turn to livestreams as younger buyers drive online sales",
     "Tea farmers in Fujian turn to livestreams as younger buyers drive online sales", "breadcrumb-before-headline"),
    ("新华网 > English > China > Harbin ice festival logs record crowds",
     "Harbin ice festival logs record crowds", "breadcrumb-before-headline"),
    ("Home > News > SocietyKaohsiung light rail to run until 1am during lantern festival",
     "Kaohsiung light rail to run until 1am during lantern festival", "breadcrumb-before-headline"),
    # A headline's own word written in capitals is no section's name glued on.
    ("Home > Tech > YouTube bans AI-made videos of real news anchors",
     "YouTube bans AI-made videos of real news anchors", "breadcrumb-before-headline"),
    ("Huangpu River ferry route to link Xuhui and Pudong waterfronts from May Shanghai 18°C Cloudy",
     "Huangpu River ferry route to link Xuhui and Pudong waterfronts from May", "weather-widget-glued"),
    ("英文版EnglishCycle track linking Tsuen Wan and Tuen Mun to open in stages from December",
     "Cycle track linking Tsuen Wan and Tuen Mun to open in stages from December", "language-switch"),
    ("主頁 港聞 生活 English 訂閱 登入 Harbourfront night market to return to Central",
     "Harbourfront night market to return to Central", "language-switch"),
    # A ticker's last change glued onto the headline goes with the ticker.
    ("日經225 41,230.55 ▼0.41% 恒生指數 24,912.03 ▼0.62% 加權指數 23,705.66 ▼0.28%Asian markets slip as traders await "
     "US inflation data", "Asian markets slip as traders await US inflation data", "live-widget"),
    # A menu run onto the headline, a footer's link among its items.
    ("跳到主要內容 ::: 林家文化基金會 Lin Family Foundation 首頁 關於我們 補助計畫 聯絡我們 English ::: 首頁 > 最新消息 列印 "
     "Community Arts Grants now open for applications", "Community Arts Grants now open for applications", "disclaimer"),
    # A quote that opens the line closes before the link: its closing quote opens no quotation.
    ('"Beijing keeps drawing up lists, but the people of Taiwan decide," Ko said.Read more: Taiwan rejects '
     'China\'s "22 guidelines" on punishing independence supporters',
     '"Beijing keeps drawing up lists, but the people of Taiwan decide," Ko said.', "furniture-glued-english"),
    ("Address: 23 Spring Garden Lane, Wan Chai ☆ Save", "Address: 23 Spring Garden Lane, Wan Chai",
     "furniture-glued-english"),
    ("How much: HK$380, registration closes Friday at noon Register now",
     "How much: HK$380, registration closes Friday at noon", "furniture-glued-english"),
    # A time stamp behind its Chinese label, glued onto the dateline.
    ("更新時間:2026/05/10 22:15TAOYUAN — Rakuten rookie Lin Yu-ting held the Dragons hitless for seven innings.",
     "TAOYUAN — Rakuten rookie Lin Yu-ting held the Dragons hitless for seven innings.", "counters"),
    ("Natalie Kwan + 关注", "Natalie Kwan", "follow-button-chinese"),
    ("Listen to this article · By Sofia Lin, Taiwan News Staff Writer", "By Sofia Lin, Taiwan News Staff Writer",
     "listen-button"),
    ("Published: 8:05pm, 21 Mar 2026Why you can trust Harbour Post", "Published: 8:05pm, 21 Mar 2026",
     "trust-badge-english"),
    # A ticker of figures glued before the headline.
    ("加權指數 22,318.45 ▼102.33 -0.46% 台積電 1,085 ▲15 +1.40% Taiwan ETF investors top 10 million as "
     "high-dividend funds lure savers", "Taiwan ETF investors top 10 million as high-dividend funds lure savers",
     "live-widget"),
    # ... a Hong Kong quote, its share class written onto the company's name, before a headline in title case.
    ("小米集團-W (01810) 52.350 ▲1.150 (+2.25%) 成交額 68.2億Xiaomi Launches Xiaomi 17 Ultra Globally, Brings Xiaomi "
     "HyperOS 3 to More Devices", "Xiaomi Launches Xiaomi 17 Ultra Globally, Brings Xiaomi HyperOS 3 to More Devices",
     "live-widget"),
    ("Ends/Friday, March 20, 2026 Issued at HKT 19:05 NNNN Today's Press Releases Print this page",
     "Ends/Friday, March 20, 2026 Issued at HKT 19:05", "end-marker"),
    ("Home About MOFA News Foreign Policy Consular Services Passport Visa 中文 MOFA welcomes European Parliament "
     "resolution", "MOFA welcomes European Parliament resolution", "menu-before-headline"),
    ("MTR to trial driverless trains on Tuen Ma line from 2027 (影片)",
     "MTR to trial driverless trains on Tuen Ma line from 2027", "media-tag-chinese"),
    ("(By Wu Su-wei and Joseph Yeh)Enditem/ms（編輯：邱國強）1150312", "(By Wu Su-wei and Joseph Yeh)",
     "furniture-glued-english"),
    ("Staff clear mud from an MTR station. Photo: Government Information Services （政府新聞處圖片）",
     "Staff clear mud from an MTR station. Photo: Government Information Services", "media-tag-chinese"),
    ("Students attend a job fair in this file photo. Photo taken from Xinhua（圖取自新華社）",
     "Students attend a job fair in this file photo. Photo taken from Xinhua", "media-tag-chinese"),
    ("Passengers wait at a bus stop in this file photo. CNA file photo （中央社資料照）",
     "Passengers wait at a bus stop in this file photo. CNA file photo", "media-tag-chinese"),
    ("(By Chen Chieh-ling and Wu Kuan-hsien) Enditem/ls Share this article", "(By Chen Chieh-ling and Wu Kuan-hsien)",
     "furniture-glued-english"),
    ("Taiwan to raise minimum wage for migrant caregivers to NT$20,000 A A A Print",
     "Taiwan to raise minimum wage for migrant caregivers to NT$20,000", "furniture-glued-english"),
    ("Posted on March 8, 2026 by Jenny Lau · 3 則留言", "Posted on March 8, 2026 by Jenny Lau", "comment-counter-glued"),
    ("【ETtoday新聞雲】Gogoro opens battery swapping network in Manila", "Gogoro opens battery swapping network in Manila",
     "site-label-bracketed"),
    ("Prices held up despite the downturn. Enquire now — our agents reply within 15 minutes",
     "Prices held up despite the downturn.", "furniture-glued-english"),
    ("(By Lee Hsin-Yin) 看更多 CNA English News 文章", "(By Lee Hsin-Yin)", "continue-reading"),
    # A headline with no function word ends the cut that stops at the article's text.
    ("登入 註冊 訂閱電子報 熱門:施政報告 北部都會區 天氣 22°C Northern Metropolis land sale draws five bids amid cautious market",
     "Northern Metropolis land sale draws five bids amid cautious market", "follow-promo"),
    # Chinese furniture inside an English quotation was glued there, not quoted.
    ("Fu said the cuts targeted “wasteful propaganda and 請繼續往下閱讀... slush funds,” and that the party would not yield.",
     "Fu said the cuts targeted “wasteful propaganda and slush funds,” and that the party would not yield.",
     "continue-reading"),
    ("Dancers rehearse at Mengbalanaxi Square in Jinghong. Photo by Li Fei (1/5)",
     "Dancers rehearse at Mengbalanaxi Square in Jinghong. Photo by Li Fei", "furniture-glued-english"),
    ("Translated by Karen Lau（港明日報）", "Translated by Karen Lau", "outlet-tag-chinese"),
    ("A Foxconn logo at its headquarters in New Taipei City on Feb. 14. Photo: Reuters (資料照)",
     "A Foxconn logo at its headquarters in New Taipei City on Feb. 14. Photo: Reuters", "media-tag-chinese"),
    ("Rents rose to about Advertisement HK$5,000 a month, agents said.",
     "Rents rose to about HK$5,000 a month, agents said.", "advertisement-in-sentence"),
    ("This week we talk about housing. Listen on Apple Podcasts | Spotify", "This week we talk about housing.",
     "podcast-platforms"),
    ("【TechNews】Nvidia picks Beitou-Shilin site for Taiwan headquarters",
     "Nvidia picks Beitou-Shilin site for Taiwan headquarters", "site-label-bracketed-latin"),
    ("KMT wins 14 of 22 mayor, commissioner posts in local elections - Focus Taiwan",
     "KMT wins 14 of 22 mayor, commissioner posts in local elections", "headline-site-name"),
    ("Galaxy water park opening in 2027 | Macau Business", "Galaxy water park opening in 2027", "headline-site-name"),
    ("The indoor water park, Publicidade remained on schedule, the operator said.",
     "The indoor water park, remained on schedule, the operator said.", "advertisement-in-sentence"),
    ("The payout for the year rose to HK$0.90. Partilhar", "The payout for the year rose to HK$0.90.",
     "furniture-glued-english"),
    ("The resort will open its third tower on Cotai. Ler mais »", "The resort will open its third tower on Cotai.",
     "furniture-glued-english"),
    ("Cardholders also receive 20,000 reward points*. Apply now >",
     "Cardholders also receive 20,000 reward points*.", "furniture-glued-english"),
    ("The orbiter images the surface at a resolution of 0.7 meters. Scan the QR code to download the Global Times app",
     "The orbiter images the surface at a resolution of 0.7 meters.", "furniture-glued-english"),
    ("China launches Shenzhou-23 with Hong Kong astronaut on board 2026-10-29 20:44 BJT",
     "China launches Shenzhou-23 with Hong Kong astronaut on board", "stamp-glued-english"),
    ("Typhoon signal No 8 lowered 2026-09-14 16:05:31 (GMT+8)", "Typhoon signal No 8 lowered", "stamp-glued-english"),
    ("Blackpink perform at Kaohsiung National Stadium on Saturday. （圖／翻攝自BLACKPINK IG）",
     "Blackpink perform at Kaohsiung National Stadium on Saturday.", "photo-credit"),
    ("(Reporting by Kevin Yao; Editing by Kim Coghill) 责任编辑：李桐 SF123",
     "(Reporting by Kevin Yao; Editing by Kim Coghill)", "editor-credit"),
    # A brand between the prompt's Chinese words goes with them.
    ("Passenger trips rose 6 percent last year. 在 Microsoft Start 上继续阅读", "Passenger trips rose 6 percent last year.",
     "continue-reading"),
    ("The city lifted the rules for people who rent a home there. 下载 China Daily 客户端 阅读更多",
     "The city lifted the rules for people who rent a home there.", "app-promo"),
    # The notice's clause before the one its rule knows goes with it.
    ("Dealers said they would absorb part of the increase. （本文由港車網編輯部撰寫，未經許可不得轉載）",
     "Dealers said they would absorb part of the increase.", "copyright"),
    # The paragraph run on after a newsletter prompt is the article's.
    ("The vaccine will be given in two doses. Sign up for our daily newsletter Children who miss the sessions can "
     "get it at clinics.", "The vaccine will be given in two doses. Children who miss the sessions can get it at "
     "clinics.", "newsletter-glued"),
    ("5/6 Pear blossoms are seen in an orchard in Yinchuan, March 20, 2026. (Xinhua/Yang Zhisen)",
     "Pear blossoms are seen in an orchard in Yinchuan, March 20, 2026. (Xinhua/Yang Zhisen)", "furniture-glued-english"),
    ("Share this article Facebook X LINE Copy linkTAIPEI (Taiwan News) — Travellers will board by face from July.",
     "TAIPEI (Taiwan News) — Travellers will board by face from July.", "share-row-glued"),
    ("Engineers at a chip design company. (Photo courtesy of the bureau) Continue reading below ↓",
     "Engineers at a chip design company. (Photo courtesy of the bureau)", "furniture-glued-english"),
    ("Translated by Zhao Yue. Read the Chinese version here.", "Translated by Zhao Yue.", "furniture-glued-english"),
    ("Story continues below advertisement Noodle makers face higher costs for wheat and palm oil.",
     "Noodle makers face higher costs for wheat and palm oil.", "advertisement-in-sentence"),
    ("Staff writer, with CNA （台北時報林俐譯）", "Staff writer, with CNA", "translator-credit-chinese"),
    ("Hawkers have sold snacks here since the 1970s. Support HKFP | Policies & Ethics | Contact Us | Apps Stall "
     "owners said the rent had doubled.", "Hawkers have sold snacks here since the 1970s. Stall owners said the rent "
     "had doubled.", "nav-pipes-glued"),
    ("The coast guard detained its 12 crew members.【即時】The vessel was escorted to Kaohsiung.",
     "The coast guard detained its 12 crew members. The vessel was escorted to Kaohsiung.", "media-tag-chinese"),
    ("Cabinet approves NT$12 billion plan 2026-04-21 05:30 By Lin Hui-chin / Staff reporter",
     "Cabinet approves NT$12 billion plan By Lin Hui-chin / Staff reporter", "stamp-glued-english"),
    ("【HK01 English】Cross-boundary student numbers rebound", "Cross-boundary student numbers rebound",
     "site-label-bracketed-latin"),
    # A phrase written without spaces matches where the site spaces Chinese from Latin.
    ("By Chiang Liang-cheng and Emily Wang 加入 LINE 好友，新聞不漏接", "By Chiang Liang-cheng and Emily Wang", "follow-promo"),
    ("By Lee Hsin-yu, TaiwanPlus News Share", "By Lee Hsin-yu, TaiwanPlus News", "follow-glued-english"),
    ("Translated by Luke Sabatier(本文由天下雜誌授權轉載)", "Translated by Luke Sabatier", "copyright"),
    ("Reported by Karen Chau 2026-03-20 14:32 WhatsApp Facebook Telegram 複製連結", "Reported by Karen Chau",
     "share-buttons-before-chinese"),
    ("CHINA / SOCIETY Drones join mountain rescue teams as hiking boom brings more emergencies",
     "Drones join mountain rescue teams as hiking boom brings more emergencies", "section-path-capitals"),
    ("Advertisement Travel agents said the timing was unfortunate.", "Travel agents said the timing was unfortunate.",
     "advertisement-in-sentence"),
    ("Additional reporting by Reuters © 2026 Eastern Ledger Media. All rights reserved.", "Additional reporting by Reuters",
     "copyright-glued-english"),
    ("[廣告] 請繼續往下閱讀...The ministry said it was reviewing residential tariffs ahead of a rate review meeting in "
     "late March, but that increases for households would be avoided.",
     "The ministry said it was reviewing residential tariffs ahead of a rate review meeting in late March, but that "
     "increases for households would be avoided.", "continue-reading"),
    ("来源：中国新闻网 (ECNS) -- Goods imported tax-free into Hainan rose 35 percent.",
     "(ECNS) -- Goods imported tax-free into Hainan rose 35 percent.", "source-credit"),
    ("【01 English】Hong Kong to add 1,200 public hospital beds", "Hong Kong to add 1,200 public hospital beds",
     "site-label-bracketed-latin"),
    ("Tax revenue rose, the agency said. 【語注】 revenue 税収 / exempt 免除された", "Tax revenue rose, the agency said.",
     "vocabulary-note-glued"),
    ("The Eagles reached the 광고 Korean Series for the first time since 2006.",
     "The Eagles reached the Korean Series for the first time since 2006.", "ad-label"),
    ("By Grace LinShare this articleFacebookXLINECopy link", "By Grace Lin", "share-row-unspaced"),
    ("By Farah Nadia Azman | Kongsi", "By Farah Nadia Azman", "furniture-glued-english"),
    ("Marcus Yip · Follow", "Marcus Yip", "furniture-glued-english"),
    ("By Kao Chia-wen, Staff Writer E-mail this story", "By Kao Chia-wen, Staff Writer", "furniture-glued-english"),
    # Three pieces glued on in a row, each found once the one after it is cut.
    ("By Kao Chia-wen, Staff Writer E-mail this story | Print | 字級 大 中 小", "By Kao Chia-wen, Staff Writer",
     "furniture-glued-english"),
    ("Spoonbill count on Chiayi coast hits new high Print This Post", "Spoonbill count on Chiayi coast hits new high",
     "furniture-glued-english"),
    ("Listing Committee censures Wah Tung Holdings and seven directors | Download (PDF, 210KB)",
     "Listing Committee censures Wah Tung Holdings and seven directors", "furniture-glued-english"),
    ("By Wang Chun-chi / Staff reporter [](https://www.facebook.com/sharer/sharer.php?u=https://example.com/a/1)",
     "By Wang Chun-chi / Staff reporter", "markdown-icon-links"),
    ("# Tramways gets nod for 30-cent fare rise [中文版本](https://news.example.hk/ch/1790215.htm)",
     "# Tramways gets nod for 30-cent fare rise", "markdown-icon-links"),
    ("Why Macau’s streets have two names that don’t match  ☁ 29°C", "Why Macau’s streets have two names that don’t match",
     "weather-widget-glued"),
    ("3 / 6Regulars have shared the corner booth every morning since the 1980s. Photo: Tommy Yeung",
     "Regulars have shared the corner booth every morning since the 1980s. Photo: Tommy Yeung",
     "furniture-glued-english"),
    ("Reporting by Lin Chia-yi; Editing by Tom Hogue Our Standards: [The Thomson Reuters Trust Principles.]"
     "(https://www.thomsonreuters.com/en/about-us/trust-principles.html)", "Reporting by Lin Chia-yi; Editing by Tom Hogue",
     "markdown-icon-links"),
    ("分享:Facebook LINE X HUALIEN, March 12 — The county will launch a free shuttle bus next month.",
     "HUALIEN, March 12 — The county will launch a free shuttle bus next month.", "share-buttons-before-text"),
    ("1 / 5 Visitors release sky lanterns in Pingxi on Tuesday. CNA photo March 3, 2026",
     "Visitors release sky lanterns in Pingxi on Tuesday. CNA photo March 3, 2026", "furniture-glued-english"),
    ("Property › Home prices slide for seventh month as buyers look across the border",
     "Home prices slide for seventh month as buyers look across the border", "breadcrumb-before-headline"),
    ("Lotus Microdevices posts record Q1 profit on packaging demand 3715 蓮花微電 486.5 ▲12.0 (+2.53%)",
     "Lotus Microdevices posts record Q1 profit on packaging demand", "quote-glued"),
    ("Taiwan beats Australia 5-2 in World Baseball Classic opener 03/07/2026 10:12 PM",
     "Taiwan beats Australia 5-2 in World Baseball Classic opener", "stamp-glued-english"),
    ("Font Size Tokyo, March 7 (CNA) Taiwan opened its campaign with a win on Saturday.",
     "Tokyo, March 7 (CNA) Taiwan opened its campaign with a win on Saturday.", "follow-glued-english"),
    ("Share: Facebook X LinkedIn WhatsApp Email Published: 11:30am, 9 Apr 2026", "Published: 11:30am, 9 Apr 2026",
     "share-row-glued"),
    ("Video Player is loading.Play VideoPlayMuteCurrent Time 0:00/Duration 0:00Loaded: 0%Stream Type LIVE"
     "Close Modal DialogEnd of dialog window.Shortly after midnight, the first trucks rolled out.",
     "Shortly after midnight, the first trucks rolled out.", "video-player-text-glued"),
    ('Source: DIGITIMES Research, March 2026 Get the full report: DIGITIMES Research "AI Server Forecast, 2026-2028" '
     "is available to subscribers.", "Source: DIGITIMES Research, March 2026", "follow-glued-english"),
    ("Hospital Authority to trial AI triage RTHK English 2026年4月22日 週三 上午11:05 The authority says it will start "
     "in June.", "Hospital Authority to trial AI triage The authority says it will start in June.",
     "date-stamp-chinese-glued"),
    ("Chan Tai Man v Secretary for Justice (CACV 12/2025) [PDF] (88 KB)",
     "Chan Tai Man v Secretary for Justice (CACV 12/2025)", "file-link"),
    ("Night buses to run every 15 minutes from Friday HOT", "Night buses to run every 15 minutes from Friday",
     "badge-glued"),
    ("Closing date: May 8, 2026   Apply now", "Closing date: May 8, 2026", "button-after-gap"),
    ("By [12]Irene Tam (BUTTON)", "By Irene Tam", "text-browser-marks"),
    ("[17][IMG] Riders try the new cable car on Wednesday. [Photo by Li Wen/China Daily]",
     "Riders try the new cable car on Wednesday. [Photo by Li Wen/China Daily]", "text-browser-marks"),
    ("🔴 LIVE Kitchee and Eastern meet in the cup final", "Kitchee and Eastern meet in the cup final", "live-badge-glued"),
    ("THE ISLAND POST | Friday, April 3, 2026 | P2 Night markets to stay open later",
     "Night markets to stay open later", "running-head"),
    ("By Vivian Ho | 2026-04-01", "By Vivian Ho", "stamp-glued-english"),
    ("By Lu Mei-ling |2026/03/16 14:22|", "By Lu Mei-ling", "stamp-glued-english"),
    ("By Vivian Kuo · Jump to Recipe · Print Recipe", "By Vivian Kuo", "shop-link-glued"),
    ("By Emily Tsai （本文含聯盟行銷連結）", "By Emily Tsai", "affiliate-note-chinese"),
    ("By Emily Tsai （本文含联盟营销链接）", "By Emily Tsai", "affiliate-note-chinese"),
    ("Data Engineer (Payments Platform) Apply now ♡ Save", "Data Engineer (Payments Platform)", "apply-button-glued"),
    ("When can I withdraw the money? ▼", "When can I withdraw the money?", "faq-toggle-glued"),
    ("Both models come with a heated steering wheel Sponsored and a larger battery.",
     "Both models come with a heated steering wheel and a larger battery.", "advertisement-in-sentence"),
    ("Police smash illegal football betting ring Listen to this story", "Police smash illegal football betting ring",
     "listen-button"),
    ("By Raymond Cheung, Regulated Canadian Immigration Consultant WhatsApp",
     "By Raymond Cheung, Regulated Canadian Immigration Consultant", "contact-button-english"),
    ("Five indicted over fake concert tickets sold to Japanese fans|PChome",
     "Five indicted over fake concert tickets sold to Japanese fans", "headline-site-name"),
    ("Taiwanese SaaS startup Kuaiyi cuts a third of its staff |TechOrange",
     "Taiwanese SaaS startup Kuaiyi cuts a third of its staff", "headline-site-name"),
    ("By Wu Chia-ling 瀏覽 2,315", "By Wu Chia-ling", "counters"),
    ("Liaoning carrier group sails through Taiwan Strait WhatsApp 分享 Facebook 分享 Telegram 複製連結",
     "Liaoning carrier group sails through Taiwan Strait", "share-buttons-before-chinese"),
    ("Typhoon Mitag: Work, classes canceled in six areas LINE 分享", "Typhoon Mitag: Work, classes canceled in six areas",
     "share-buttons-before-chinese"),
    ("Taichung to cut water pressure at night as reservoirs run low 中央社 CNA English News",
     "Taichung to cut water pressure at night as reservoirs run low", "headline-site-name"),
    ("April 2, 2026 6:41 AM GMT+8 · Updated 3 hours ago", "April 2, 2026 6:41 AM GMT+8", "stamp-glued-english"),
    ("Updated 4:20pm, 14 May 2026 Views: 1,093", "Updated 4:20pm, 14 May 2026", "stamp-glued-english"),
    ("By Rachel Koh · 2.4k views", "By Rachel Koh", "stamp-glued-english"),
    ("By Eric Liao, Staff writer🕒2026-05-09 22:47", "By Eric Liao, Staff writer", "stamp-glued-english"),
    ("Published 7:15am, 16 Mar 2026 | 1.2k shares", "Published 7:15am, 16 Mar 2026", "stamp-glued-english"),
    ("Posted by Jenny Wang on February 27, 2026 · 42 comments", "Posted by Jenny Wang on February 27, 2026",
     "comment-counter-glued"),
    ("By Vivian Tsai |2026.03.08|👁 5,261", "By Vivian Tsai", "stamp-glued-english"),
    ("By Park Ji-won 本文转载自海外网，版权归原作者所有", "By Park Ji-won", "source-credit"),
    ("Why Taiwan's energy debate needs more than a nuclear referendum Download PDF",
     "Why Taiwan's energy debate needs more than a nuclear referendum", "file-link"),
    ("▲The fish-farming vessel is seen at a shipyard in Qingdao, March 16, 2026. REUTERS/Lin Haoran",
     "The fish-farming vessel is seen at a shipyard in Qingdao, March 16, 2026. REUTERS/Lin Haoran", "leading-marker"),
    ("Fox film tops the spring box office (附音频)", "Fox film tops the spring box office", "media-tag-chinese"),
    ("Typhoon shelters fill as fishing boats return early ▼", "Typhoon shelters fill as fishing boats return early",
     "trailing-marker"),
    # Macau's sites, in Portuguese.
    ("By Priya Menon · Jump to: Getting there | Eat | Stay", "By Priya Menon", "contents-glued"),
    ("by Lennon Hsu · Leave a comment", "by Lennon Hsu", "wordpress-glued"),
    ("Taipei MRT to run all night on New Year's Eve ▶ Listen Live", "Taipei MRT to run all night on New Year's Eve",
     "wordpress-glued"),
    ("The Last Salt Makers of Budai Read in Chinese", "The Last Salt Makers of Budai", "wordpress-glued"),
    ("By Grace Lu ・ 2026/06/18", "By Grace Lu", "wordpress-glued"),
    ("Posted by Grace Huang · February 27, 2026 Jump to Recipe", "Posted by Grace Huang · February 27, 2026",
     "recipe-jump-glued"),
    ("📌 Pinned Landlord Fung, 58, has pleaded not guilty to five counts of manslaughter.",
     "Landlord Fung, 58, has pleaded not guilty to five counts of manslaughter.", "post-furniture-glued"),
    ("Shares of server assemblers such as Hsinpo 鴻碩 2391 +3.05% rose the most.",
     "Shares of server assemblers such as Hsinpo rose the most.", "quote-glued"),
    ("LIVE ● Hung takes three-shot lead into final round in Taoyuan", "Hung takes three-shot lead into final round in Taoyuan",
     "live-badge-glued"),
    ("[cid:image003.jpg@01DCB7A2.5F3E1C20]An artist's impression of the new concourse.",
     "An artist's impression of the new concourse.", "email-furniture-glued"),
    ("Night markets go cashless as tourists return | TaiwanPlus News", "Night markets go cashless as tourists return",
     "headline-site-name"),
    ("Words by Chloe Yip | 2026-03-09", "Words by Chloe Yip", "stamp-glued-english"),
    ("4 NEWS WEDNESDAY, MARCH 18, 2026 From page 1 Lam said the clinics would open at night from April.",
     "Lam said the clinics would open at night from April.", "print-jump-line"),
    ("By Lin Mei-hua, with CNA Share this article f X LINE", "By Lin Mei-hua, with CNA", "follow-glued-english"),
    ("The Ferries of Victoria Harbour Question 3 of 10", "The Ferries of Victoria Harbour", "exam-apparatus-glued"),
    ("AO VIVO · Harbour tunnel reopens after overnight repairs", "Harbour tunnel reopens after overnight repairs",
     "portuguese-chrome-glued"),
    ("By Ana Lei Partilhar", "By Ana Lei", "follow-glued-english"),
    ("Perth Chinese schools see record enrolments as weekend classes expand（图）",
     "Perth Chinese schools see record enrolments as weekend classes expand", "media-tag-chinese"),
    ("By Lai Pei-chun / Staff reporter A- A", "By Lai Pei-chun / Staff reporter", "furniture-glued-english"),
    ("Posted on 6 March 2026 by Sam Whitaker — Leave a comment", "Posted on 6 March 2026 by Sam Whitaker",
     "page-links-glued"),
    ("By Lim Soo Peng · 2026-03-18 10:42", "By Lim Soo Peng", "stamp-glued-english"),
    ("Govt to raise working family allowance income limits Share",
     "Govt to raise working family allowance income limits", "listen-share-glued"),
    ("Listen Indonesian helper awarded HK$68,000 over dismissal during pregnancy",
     "Indonesian helper awarded HK$68,000 over dismissal during pregnancy", "listen-share-glued"),
    ("12:40 — Christmas market opens in Banqiao（影）", "12:40 — Christmas market opens in Banqiao", "media-tag-chinese"),
    ("Luxgen n7 deliveries top 10,000 as Foxtron adds second shift ★ 4.6（218則評價）",
     "Luxgen n7 deliveries top 10,000 as Foxtron adds second shift", "rating-widget-glued"),
    ("Workers lay the last rail at the Barra station on Friday.Fotografia: DSOP/Rui Costa",
     "Workers lay the last rail at the Barra station on Friday.", "portuguese-chrome-glued"),
])
def test_a_cut_leaves_the_headlines_or_bylines_part_of_the_line(cleaner, line, output, rule_id):
    result = cleaner.clean(f"{line}\n{BODY}\n")
    assert result.text == f"{output}\n{BODY}\n"
    assert rule_id in result.lines[0].reason


@pytest.mark.parametrize("headline, output", [
    ("Taiwan to offer free shingles vaccines from July2026/04/02 18:36（4/2 19:05 更新）",
     "Taiwan to offer free shingles vaccines from July"),
    ("Kaohsiung port to require ships to plug into shore power from 2028 2026/03/18 18:05(3/18 18:32",
     "Kaohsiung port to require ships to plug into shore power from 2028"),
])
def test_a_stamp_glued_onto_the_headline_takes_only_itself(cleaner, headline, output):
    result = cleaner.clean(f"{headline}\n{BODY}\n")
    assert result.text == f"{output}\n{BODY}\n"
    assert result.lines[0].reason == "rule stamp-glued-english"


def test_a_listen_button_with_its_arrow_glued_before_the_headline_takes_only_itself(cleaner):
    result = cleaner.clean(f"收聽 Listen ▶ New rules let e-scooters on cycle tracks\n{BODY}\n")
    assert result.text == f"New rules let e-scooters on cycle tracks\n{BODY}\n"


def test_a_listen_button_glued_before_the_byline_takes_only_itself(cleaner):
    page = f"Yunnan coffee growers bet on speciality beans\nListen to this article 5 min Lu Yiwen\n{BODY}\n"
    result = cleaner.clean(page)
    assert result.text == f"Yunnan coffee growers bet on speciality beans\nLu Yiwen\n{BODY}\n"
    assert result.lines[1].reason == "rule listen-button"


def test_a_prompt_that_its_rule_reads_from_the_start_of_the_line_takes_only_itself(cleaner):
    # The rule's pattern reads a prompt from the line's start: glued onto a paragraph, the prompt
    # starts at the first sentence that the rule drops on its own.
    paragraph = "Doctors have warned that the drugs can cause nausea, gallbladder problems and other side effects."
    prompt = "Sign up for the Taiwan News newsletter and get the day's top stories delivered to your inbox."
    result = cleaner.clean(f"{BODY}\n{paragraph} {prompt}\n{BODY}\n")
    assert result.text == f"{BODY}\n{paragraph}\n{BODY}\n"
    assert result.lines[1].cuts[0].text == prompt
    assert "rule follow-english" in result.lines[1].reason


def test_a_share_bar_one_button_to_a_line_goes_whole(cleaner):
    article = "Record 4,286 black-faced spoonbills counted in survey\nBy Sean Lo, Staff Writer\n"
    result = cleaner.clean(article + "Share\nFacebook\nX\nLINE\nCopy link\n" + f"{BODY}\n")
    assert result.text == article + f"{BODY}\n"


def test_a_banner_glued_onto_the_headline_takes_only_itself(cleaner):
    headline = "Shenzhen opens drone delivery routes to 30 more residential communities"
    banner = ("This website uses cookies to give you the best experience. By clicking Accept, you agree to our "
              "cookie policy. Accept")
    result = cleaner.clean(f"{banner}{headline}\nBy Xu Qingyu\n{BODY}\n")
    assert result.text == f"{headline}\nBy Xu Qingyu\n{BODY}\n"
    assert result.lines[0].reason == "rule cookie-notice"
    # A brand written as one word is no banner's button before a line of its own.
    line = "Subscribe to TechLedger Daily for the stories that move Asia's supply chain."
    assert cleaner.clean(f"{BODY}\n{line}\n{BODY}\n").text == f"{BODY}\n{BODY}\n"


def test_a_headline_glued_onto_a_list_of_chinese_headlines_is_the_articles(cleaner):
    headline = "Hydrogen double-deckers join regular service on Hong Kong Island route"
    result = cleaner.clean(f"熱門新聞 1.城巴氫能巴士投入服務 2.北都大學城首期招標 3.天文台：明日回暖至24度{headline}\n"
                           f"By Karen Lau\n{BODY}\n")
    assert result.text == f"{headline}\nBy Karen Lau\n{BODY}\n"
    assert result.lines[0].reason == "rule related-inline"
    # After the list's label alone, an English title is the link that the label introduces.
    line = "推薦閱讀：China's foreign trade hits record high in 2025"
    assert cleaner.clean(f"{BODY}\n{line}\n{BODY}\n").text == f"{BODY}\n{BODY}\n"


def test_a_paragraph_glued_between_a_related_label_and_more_furniture_is_the_articles(cleaner):
    paragraph = ("Exports of information and audio-video products surged 68.9 percent to US$24.7 billion, "
                 "while electronic component exports rose 22.3 percent.")
    result = cleaner.clean(f"{BODY}\n熱門新聞 {paragraph} 加入中央社LINE好友\n{BODY}\n")
    assert result.text == f"{BODY}\n{paragraph}\n{BODY}\n"
    assert result.lines[1].cuts[0].text == "熱門新聞"


def test_a_related_link_inside_a_sentence_takes_only_itself(cleaner):
    before, after = "Experts said the robot could support research into deep-sea geology", "as well as mineral surveys."
    result = cleaner.clean(f"{BODY}\n{before} 相关新闻：“奋斗者”号完成第300次下潜 {after}\n{BODY}\n")
    assert result.text == f"{BODY}\n{before} {after}\n{BODY}\n"
    assert result.lines[1].reason == "rule related-inline"
    # After a finished sentence, what follows the link in lower case is the link's own title.
    line = "Officials said the plan would go ahead. 延伸閱讀：台灣出口創新高 exports up 20 percent."
    assert cleaner.clean(f"{BODY}\n{line}\n{BODY}\n").text == (
        f"{BODY}\nOfficials said the plan would go ahead.\n{BODY}\n")


# Lines like furniture in one respect that are the article's own.
def test_a_subhead_right_under_a_related_list_ends_the_list(cleaner):
    page = f"{BODY}\nRelated stories\nStar Ferry seeks new funding model\nCentral piers to get new roof\nConcessions\n{BODY}\n"
    assert cleaner.clean(page).text == f"{BODY}\nConcessions\n{BODY}\n"


def test_a_short_headline_before_a_bar_and_the_sites_chinese_name_is_no_menu(cleaner):
    result = cleaner.clean(f"TST night market set to return｜港灣新聞 HarbourNews\n{BODY}\n")
    assert result.text == f"TST night market set to return\n{BODY}\n"


@pytest.mark.parametrize("line, bio", [
    ("Kelly Ng is a Hong Kong-based writer. 本文轉載自 Hong Kong Free Press，文章觀點不代表本站立場。",
     "Kelly Ng is a Hong Kong-based writer."),
    ("Ross Darrell is a Taichung-based writer. The opinions expressed in this article are the author's own and do "
     "not necessarily reflect the editorial stance of Taiwan News.", "Ross Darrell is a Taichung-based writer."),
])
def test_a_disclaimer_glued_after_a_short_note_on_the_author_takes_only_itself(cleaner, line, bio):
    assert cleaner.clean(f"{BODY}\n{line}\n").text == f"{BODY}\n{bio}\n"


def test_a_sites_blurb_before_its_appeal_goes_with_it_however_it_reads(cleaner):
    line = "Harbour Herald is an independent news site. Support us by becoming a member today."
    assert cleaner.clean(f"{BODY}\n{line}\n").text == f"{BODY}\n"


KEPT = [
    # A name that begins with the word.
    "The complaint went to the Advertisement Standards Authority on Monday, officials said.",
    # A teacher's comment on a pupil's essay that the page prints, the essay's.
    "Teacher's comment: Yu-chen describes the kitchen with lively details. Next time, try more varied verbs.",
    # A warning in force told in a sentence of the story.
    "The Very Hot Weather Warning is in force for a fourth day, the Observatory said on Monday.",
    # A headline that tells its reader to listen, its next word in lower case or a phrase's.
    "Listen carefully: what the typhoon sirens mean", "Listen Up: Taipei's buskers return to Ximending",
    "Harbourline Properties Reports 2025 Annual Results and Proposes Final Dividend of HK$0.42 per Share",
    # A subhead of one word that a form's field also names.
    "Message",
    # A figure's panels, which follow no question.
    "Cells before (A) and after (B) treatment with the compound, the team said.",
    # A question about how a book reads, no link to the page in another language.
    "Grace Lin: Were you nervous about how it would read in English?",
    # A sentence about a code, no promotion glued on.
    f"{BODY} Shoppers who used the code SAVE10 last year were charged twice, the council said.",
    # A caption's pointer to the picture above it, before a space, as a list's bullet is.
    "▲ Workers stack sandbags outside a shop in Yilan County's Su-ao Township yesterday. (Photo: Yilan County Government)",
    # A feature's credits by their labels, between bars, no menu.
    "Written by Zhao Yue | Edited by Chen Lin",
    # Rooms for rent in a story's sentence, no classified ad.
    "The rooms were for rent at $950 a month, and the agent took calls at 604-555-0119, she said.",
    # A review's score after its verdict, no thread's post counter.
    "Verdict: A beautiful, relaxing game, if too slow. 7/10",
    # An article's own stamp, a credit's word first.
    "Published March 3, 2026 at 8:14 am",
    # A live blog's own introduction.
    f"{BODY} Follow this page for the latest speeches, interviews and analysis from the forum.",
    # A ranked list's item, with no reply's Chinese.
    "#2 seed Chou Tien-chen beat Lee Zii Jia in straight games.",
    # A live blog's headline, which ends in a number but no score.
    "Live: Kitchee v Eastern — Hong Kong Premier League, Round 14",
    # A table's fall, its triangle after a figure.
    "Hang Seng Index | 17,234.5 | -1.2% ▼",
    # A paper's keywords, between semicolons, and a structured abstract's part under its label.
    "Keywords: typhoon track; deep learning; transformer; western North Pacific; forecast verification",
    "Key words: maritime glacier; mass balance; energy balance; precipitation phase; Tibetan Plateau",
    "[Methods]Runoff plots were set up on a 15° slope in Beibei, comparing downslope cropping with contour hedgerows.",
    # A price table's row: an abbreviation's stop inside brackets ends no sentence, nor does an initialism's.
    "Evening ticket (Fri. and Sat. after 6:30pm) | NT$250 | NT$300",
    "U.S. dollar | US$178.4 billion | +2.1%",
    # A fixture list behind its label is no link to the next story.
    "Next: Beijing host the Zhejiang Lions on Wednesday; Shandong visit the Qingdao Eagles on Thursday.",
    # A report that quotes a betting site's warning.
    "The club reminded punters to bet responsibly during the holiday meeting, a spokesman said.",
    "Patients can make an appointment by phone, the hospital said.",
    "Category: IIB", "Category: III",  # a film's rating in a review's fact box
    "Play the game",
    "Taiwan News is the only English newspaper of its kind in the south, its editor said.",
    "To read the report, please visit the council's website.",
    "Older treaties required works to carry the words All Rights Reserved to be protected, but that rule has not "
    "applied in Taiwan for decades, Huang added.",
    "Contents:",  # a document's own label over its numbered fields
    "Back to school season brings record sales for stationery shops", "The report, written in about 300 words, was published on Monday.",
    # What the article quotes, or glosses, is the article's.
    "Some add a blunt “禁止轉載” (“no reprinting”) under each photo.",
    "A sticker on the shop's door reads “扫一扫 向我付钱” (\"Scan to pay me\"), the wording of payment codes.",
    "“Download the app, pick a time slot and show the QR code at the gate,” a spokeswoman for the authority said.",
    "Data Source: Department of Health, Taipei City Government",
    "• Investment involves risks. The value of MPF constituent funds may go down as well as up.",
    "This press release shall not constitute an offer to sell or the solicitation of an offer to buy these securities.",
    "1. Dylan Unsworth CF, 2. Jonathan Phillips SS, 3. Gift Ngoepe 2B, 4. Brandon Davids RF",  # a batting order
    "More news is expected on Monday, the ministry said.", "Source: Xinhua",
    "\"Past performance is not indicative of future results,\" the analyst said, urging caution.",
    "Investment involves risk in any market, and the fund lost 12 percent last year, its manager said.",
    "The regulator said the notice does not constitute an offer to buy shares in the company.",
    "Home prices could go down as well as up next year, analysts warned.",
    "View photos of the flood on the council's website, officials said.", "Tap any word, the teacher said, and read it aloud.",
    "Follow The Money", "Follow Your Heart", "Students read in Chinese and English at the new library, she said.",
    "The officials said residents should follow us on Facebook, the mayor told reporters.",
    "Sign up for a membership on the cup-sharing app to rent cups without a deposit, the ministry said.",
    "The photos may not be reproduced without the family's permission, the museum said.",
    "1. Romantic Warrior (James McDonald) 2. Voyage Bubble (Zac Purton) 3. Danon Decile (Christophe Lemaire)",
    "1. Quan Hongchan (CHN) 438.20 2. Chen Yuxi (CHN) 431.75 3. Melissa Wu (AUS) 359.40", "Lawmakers voted to ban all tobacco advertisement", "Answer: Not before 2028, I think.", "Answer: Yes.",
    "The full report is available at www.moea.gov.tw/report-2026.pdf",
    "Firefighters battle a blaze at a factory in Taichung on Monday. — AFP",
    "By SUN XIAOCHEN | China Daily | Updated: 2026-03-16 09:12", "Published on 2026-03-12",
    "The families said they would turn on the alerts for the storm, officials said.",
    "Lee Hsin-yi / Staff reporter, with CNA",
    "Book now on the city's website, officials urged on Monday.",
    "The odds were 1.42 for a home win, bookmakers said.",
    "The guide is for reference only and does not replace medical advice, the doctor said.",
    "[4K]Black Myth: Wukong sequel reveal trailer",
    "[2026] Taiwan exports rise",
    "Font size matters, the designer said on Monday.",
    "Taiwan News | Staff Writer",
    "Lin Hui-chen | Staff Writer",
    "The video player is loading slowly for some users, the company said on Monday.",
    "Regulator says app uses cookies to track children",
    "Lee Hsin-yi / Staff reporter",
    "We will not allow it, he said.",
    "The next 2 years will be hard, he said.",
    "Text: Lin Yu-hsuan | Photos: Lin Yi-chi | Translation: Emily Wang",
    "| Category | February (US$ billion) | Change (%) |",
    "Watch it on YouTube, the director said, before the cinema release.",
    "Douban rating: 8.2/10",
    "Read the full report on the council website, which is available to the public.",
    # A transcript's answer is a sentence, a quiz's is a letter or a few words.
    "Answer: We have noted the relevant remarks and firmly oppose them.",
    # A publisher named in a story: a lower-case thing published, or more said after the publisher.
    "The report is published by the Ministry of Health.",
    "The Lancet is published by Elsevier, which said on Monday it would review the paper.",
    # Speech that opens like a prompt, its speaker named after it.
    '"Like us, most families in Mengku had someone working in a factory on the coast," said Yu\'s mother.',
    '"Join our cooperative and you will earn more than selling to the middlemen," she told her neighbours.',
    '"Download the app, scan the code on the handlebar and you can ride off," said Xu Min, a manager.',
    "She said they would print the report and email it.",
    "Advertisement Standards Authority officials said the campaign broke no rules.",
    "Readers may write to the council at views@council.gov.hk before the end of the month.",
    "The bureau said users could download the Xinhua App from Monday.",
    "Print and share the form with your neighbours, the council said on Monday.",
    # A notice the article quotes from, and articles about affiliate links and comment counts.
    "The statement says:",
    "Influencers who use affiliate links must disclose them, the regulator said on Monday.",
    "The post drew 3,000 comments within an hour, most of them critical of the council's plan.",
    "The app will show translation of menus in real time, the company said on Monday.",
    "Get ready for the new app season, officials told reporters on Monday.",
    "Get the newsletter from the bank, he said.",
    "[1] Smith and Lee found the effect in 2019.",
    "Book a viewing before prices rise, agents advised.",
    "The story first ran in the China Times (中國時報)",  # a paper's name glossed
    "The monument dates from AD 1368, the museum said.",
    "Posted by Jenny Lau on March 8, 2026",  # a blog's byline
    "The mortgage calculator on the bank's website was down for hours, customers said.",
    "Fig. 3 Melanosomes in the filaments of the head (a) and wing (b), the team said.",  # panels, no options  # a reference's number opens a line, no brand
    "Net revenue | Feb. 2026: 18,620 | Jan. 2026: 19,893 | MoM -6.4% | Feb. 2025: 14,183 | YoY +31.2%",
    "Related-party transactions with Harbour Crest Shipping amounted to HK$42.7 million in the year.",
    "Disclaimer: The information contained in this press release is for information purposes only.",
    "Amy Chan | Investor Relations | ir@lumenix.com.tw",
    "Live: Tens of thousands run the city marathon in cool, dry weather",   # a live blog's headline
    "Residents who sign up for the city's flood app will receive alerts when rivers rise, officials said.",
    "That is why you can trust them.",
    "World Business Forum opens in Hong Kong with record attendance",
    "Source: Xinhua",   # the article's own English credit
    "Edited by Lin Mei-hua",
    "He wrote to the editor: please print my letter.",
    "Regulator fines shopping platform over ‘confusing’ cookie consent",
    "Advertising cookies face an EU ban from next year, regulators said.",
    "Members get unlimited access to the pool, and the gym opens at 6am, the council said.",
    "Download the official app and register your household by Friday, the ministry said in a statement.",
    "This is why you can trust us with your savings, the bank's chairman said.",
    "Privacy",   # a subhead: the context pass tells it from a footer link by where it stands
    "The bank urged customers to download the official app only from Google Play or the App Store.",
    "The library’s newsletter now has 46,000 subscribers. Residents can sign up at any branch.",
    'Each page carried the line "版权所有 不得转载" ("All rights reserved. No reproduction"), the court said.',
    "The fund opened on 2026-03-18 with NT$5 billion.",
    # Furniture that an article sentence quotes is the article's.
    'The scam message ends with "Your parcel is on hold. Click here to read more." The link leads to a fake site.',
    'A typical banner read: "We use cookies to improve your experience. By continuing to browse, you agree."',
    'The photo carried a notice such as "All rights reserved" or "版權所有,翻印必究."',
    "The videos were shared on Facebook, X, LINE and Threads.",
    "“Every image was marked ‘all rights reserved’, and I never agreed to let them sell it,” she said.",
    "Most read books this year were thrillers, the library said.",
    "(c) keep a container of water at hand when burning offerings; and",   # a list's third item
    "At the end - and only then - the council voted.",
    "Tickets went on sale on Monday, and fans can book now.",
    "Users who download the app can report a scam in three taps, the police said.",
    "Follow the signs to Exit B, staff said.",
    "Print and advertisement revenue fell by a tenth, the company said.",
    "Jenny: That's all for today. If you have a favourite snack, tell us in the comments.",
    "Shares rose 3 percent. Share prices in Hong Kong fell on Monday, dealers said.",
    "The agency said an advertisement for the scheme ran on television for six weeks.",
    "Residents can have your say sessions at the town hall until March 31, the council said.",
    "Feel free to leave a comment or send me a message here. Thanks for reading!",
    "Residents are invited to join the conversation at the town hall on Friday.",
    "The Jockey Club urged punters to bet responsibly during the Derby meeting.",
    "Police said the league's promoted side had been fined.",
    "By continuing to use the old app, users agree to weaker protections, the regulator warned",
    "“Home.”",   # a one-word answer, quoted: speech, not the button "Home"
    "Quiz: How well do you know Taiwan's night markets?",
    "His advice is simple: answer the question, give one reason and one example, and stop.",
    "Call us at 2345 6789 if you saw the crash, police said.",
    "The sale ends in 3 days, the company said.",
    "The ministry said residents can download the PDF.",
    "The notice is available in Chinese only, the bureau said.",
    "The clip drew 2,000 views",
    "The price tags: NT$200 and NT$300, the shop said.",
    "Taipei: 9°C",   # a reading of the article's list, behind its place's colon
    "The ministry is on Facebook and X, officials said.",
    "Book early and save, the airline said.",
    "The two cases are not related: police said the first was an accident.",
    "That is why you can trust Taipei's mayor, residents said.",
    "Words by Karen Lo | Photos by Tommy Yeung",
    "Difficulty: moderate; about 1,400 stone steps to the pass",
    "Book on weekdays to avoid the crowds.",
    "Rating: four stars out of five",
    "● Drones are banned along the route.",   # a list's bullet, before a space
    "▶ Ferries: All services to Green Island and Orchid Island canceled until further notice.",
    "※ The runway will remain open on the nights of April 3 to 6 for the holiday.",
    "Visitors can buy tickets at the gate or book tickets online, the organisers said.",
    "Temperatures fell to 9°C in Taipei on Sunday, the weather bureau said.",
    "Published: Mar 17, 2026 10:42 PM",   # a time stamp written in words
    "The newsletter will be free for a year, and readers can subscribe at any branch, the council said.",
    "Readers who want the free newsletter can sign up.",
    "1. Download a payment app",   # a numbered step, no promotion glued after a sentence
    "The tourism bureau asked visitors to share on WeChat.",
    "Butter (unsalted) 1/2",   # an ingredient's quantity, no gallery counter glued on
    "The app's 追蹤 and 關注 buttons were renamed, Chen said.",   # Chinese words a sentence names
    "The survey was published on Monday. Most popular were the night markets of Tainan, it found.",
    "Voters are urged to register now",
    "Members of the club who join the new scheme will get a 10 percent discount, the council said.",
    "Join the queue early: the club said members would be served first.",
    "Go to Settings > Privacy > Location to turn off tracking.",   # a path in advice, no breadcrumb
    "+86 512 6258 3190",   # a phone number, no share bar's counters
    "Users can cancel anytime, the company said, and keep what they have downloaded.",
    "Final scores were Kings 96, Aquas 91 after a late run by the visitors.",
    "The change in volume was small: turnover rose 2% to NT$312.5 billion.",
    "The report (PDF) runs to 182 pages and can be downloaded free of charge.",
    "Readers can download the full report (PDF, 2.1 MB).",
    "Fans can watch the trailer on the studio's website from Friday, the distributor said.",
    "Readers who wish to submit a letter to the editor about the plan have until Friday, the council said.",
    "Residents can write to the council at consult@example.gov.hk before May 1.",
    "The writer is a lecturer at Harbour University. chen.li@example.edu",
    "Residents should download MyHarbourWeather now to get the alerts, the Observatory said.",
    "The council welcomes letters from residents, the chairman said.",
    "Lee Hsin-yi / Staff reporter",
    "Yuntu Pay Technology Co., Ltd. | Anti-money laundering | 10.6",   # a table's row: a company's name ends no sentence
    "Title: the ministry's proposal would cap fees at NT$500.",   # an article's own label has its capital
    "Visitors can check hotel prices on Agoda before they travel, the bureau said.",
    "The commission also plans to add 12 pairs of express trains on Line 16 from May.",   # a metro's line, no LINE
    "If you have expertise in AI, you can apply for the new visa from May, the ministry said.",
    # The address for op-eds under a writer's note ends the article's credit as the outlet prints it.
    "The writer is a lecturer in history at Harbour City University. opinion@example.org",
    "Get vaccinated every year, the doctor said.",
    "The foundation is an independent body that funds research, the minister said.",
    "Taiwan is an independent democracy with its own government and military.",
    "About the route: the trail climbs 600 metres over 5 km, the park service said.",
    "AQHI: the index reached 8 at Tung Chung on Monday, the department said.",
    "Feb. 28 | 6:30pm | Lantern parade from Zhongshan Hall to Ximen MRT Station",
    "Level 3 of the car park will close for repairs from Monday, the operator said.",
    "“We cannot help them answer the questions, but we can help them feel calm,” Kuo said.",
    "The ministry said the figures do not necessarily reflect the views of every farmer in the county.",
    # A byline's outlet is its credit; a site's name inside a sentence is the sentence's.
    "By Zhong Nan | China Daily",
    "Updated: 2026-03-12 07:48 | By Zhong Nan | China Daily",
    "He said he read it in China Daily - and disagreed.",
    "The app uses tracking technologies that regulators said breached the law.",
    "Refresh rates on the new panels reach 144Hz, the company said.",
    "See you in court, he told the landlord.",
    "Hong Kong 24°C: the Observatory said it was the warmest March day on record.",
    "Read the report in full on the council website.",
    "Residents can scan the QR code to register, the council said.",
    "Members who no longer wish to receive paper statements can switch to e-statements, the bank said.",
    "The post office in Sham Shui Po will close for renovation, the department said.",
    "Fans can apply now for tickets to the concert, organisers said.",
    "The company is now on Telegram, where it posts updates, the report said.",
    "Users who log in to comment must now verify a phone number, the regulator said.",
    # One tag is the sentence's word; a sponsor named in the news is no sponsor read.
    "The campaign, known online as #MeToo, spread to Taiwan's universities #MeToo.",
    "The show was sponsored by three banks last year, the organisers said.",
    "Posted from his phone in Mong Kok, the video showed the crash, police said.",
    "Learn more about the scheme at the council's offices, the notice said.",
    # A picture's credit that says what it credits first; a list's points written on one line.
    "[Photo/VCG]",
    # An embedded post's attribution on its own line quotes the post.
    "— Hong Kong Watch (@hk_watch) March 12, 2026",
    # An explainer's numbered question, with its colon, is the article's; a quiz numbers its questions with a stop.
    "Q1: Who is eligible for the visa-free entry?",
    "1. Incubate 200 startups by 2028; 2. Attract 1,000 overseas-trained researchers; 3. Set up 10 joint labs.",
    # A term's characters in its gloss may spell a prompt's word.
    "Winners of the uniform invoice lottery (統一發票抽獎), whose top prize is NT$10 million, were drawn on Monday.",
    "The district has 20 lao zi hao (老字號), or time-honoured shops, the survey found.",
    # A byline of a reporter and a title, spaced slash between; a year's counter is no gallery's.
    "Lin Wan-ting / Staff Reporter", "Dong Jun / SHINE",
    "9/11 memorial events were held across the city on Thursday, officials said.",
    # Who relies on readers' tips is news.
    "The campaign relies on readers' tips, the group said.",
    # A sports story's last subhead, over its preview.
    "Up next",
    # A story's stamp before its byline.
    "2026-03-18 07:30 By Yang Jian",
    # An event's date, with its hours after the year; a report's sentence with no button after it.
    "Date: Saturday, May 9, 2026, 2pm–5pm",
    "Parents can book your child's vaccination at any of our 30 clinics, the department told residents.",
    "Students who want a place should apply now, the school said.",
    "“We’re recruiting more volunteers, so please join us,” said organiser Chan Mei-ling.",
    "He paused, then added: “We will see what happens …”",
    "Did you see the eclipse? Astronomers said the next one visible from Taipei will come in 2031.",
    # A date with its weekday is a stamp written in words; alone it is a page's, like one in figures.
    "Thursday, March 26, 2026",
    # A transcript's time stamp before its speaker, unlike a lyric file's glued before its words.
    "[00:00:08] RACHEL KO: Welcome to Harbour Lines. Tonight we go to Seoul, where buses run until five.",
]


@pytest.mark.parametrize("line", KEPT)
def test_an_article_line_that_resembles_furniture_is_kept(cleaner, line):
    assert cleaner.clean(f"{BODY}\n{line}\n{BODY}\n").text == f"{BODY}\n{line}\n{BODY}\n"


def test_a_calendars_rows_go_with_its_heading(cleaner):
    page = f"{BODY}\n{BODY}\nEvents Calendar\nFeb 17-21 Longtan Lake Temple Fair\nMar 1-15 Summer Palace Winter Wonderland\n"
    assert cleaner.clean(page).text == f"{BODY}\n{BODY}\n"


def test_a_live_blogs_headline_that_ends_in_a_year_is_no_score(cleaner):
    page = f"LIVE: Hong Kong Budget 2026-27\n{BODY}\nLIVE: Dodgers 3 Giants 1\n{BODY}\n"
    assert cleaner.clean(page).text == f"LIVE: Hong Kong Budget 2026-27\n{BODY}\n{BODY}\n"


def test_a_kicker_and_a_results_summary_are_the_articles_own(cleaner):
    article = [
        "ANALYSIS",
        "Why carmakers are racing to build plants abroad",
        BODY,
        "Attendance: 3,412",
        "Goals: Tsang Man-hei 29 (Eastern); Yuen Ka-lok 61 (Kitchee).",
        "Other semi-final: South Korea 4, China 1",
        "Match facts",
        "Shots on target: Eastern 7, Kitchee 3",
    ]
    page = "\n".join(["首頁 | 新聞 | 財經", "Opinion", *article, "熱門新聞", "Most read"]) + "\n"
    result = cleaner.clean(page)
    assert result.text == "\n".join(article) + "\n"
    # With Chinese glued on, the kicker and the summary lose only the Chinese.
    # ... and so is a state medium's column; a site's section of commentary is its menu's.
    headline = "China's two sessions set a steady course for growth"
    assert cleaner.clean(f"首頁 | 新聞 | 財經\nXinhua Commentary\n{headline}\n{BODY}\n").text == (
        f"Xinhua Commentary\n{headline}\n{BODY}\n")
    assert cleaner.clean(f"首頁 | 新聞 | 財經\nMarket Commentary\n{headline}\n{BODY}\n").text == f"{headline}\n{BODY}\n"
    # A story's kind in title case, as business papers label it, is a kicker too.
    assert cleaner.clean(f"首頁 | 新聞 | 財經\nCover Story\nBYD's Price Cuts Push Smaller EV Makers to the Brink\n{BODY}\n"
                         ).text == f"Cover Story\nBYD's Price Cuts Push Smaller EV Makers to the Brink\n{BODY}\n"
    glued = cleaner.clean(f"【英文新聞】EXCLUSIVE\nWhy carmakers build plants abroad\n{BODY}\n"
                          f"Attendance: 3,412 (編輯:王小明)\n")
    assert glued.text == f"EXCLUSIVE\nWhy carmakers build plants abroad\n{BODY}\nAttendance: 3,412\n"


def test_a_name_with_a_full_stop_above_the_headline_is_a_masthead_but_a_companys(cleaner):
    page = f"以下文章来源于Harbour Culture Desk ,作者编辑部\nHarbour Culture Desk.\nMuseum to return carved masks\n{BODY}\n"
    result = cleaner.clean(page)
    assert result.text == f"Museum to return carved masks\n{BODY}\n"
    assert result.lines[1].reason == "context: a name above the headline (a masthead or menu)"
    page = f"HARBOUR MICROELECTRONICS CO.,LTD.\nAnnouncement on the results of the share repurchase\n{BODY}\n"
    assert cleaner.clean(page).text == page


def test_the_chinese_label_of_a_note_on_the_author_is_no_forum_posts_header(cleaner):
    result = cleaner.clean(f"{BODY}\n作者簡介:Lee Wai-man is a hydrologist at a university in Tainan.\n")
    assert result.text == f"{BODY}\nLee Wai-man is a hydrologist at a university in Tainan.\n"


def test_a_releases_number_above_its_headline_is_no_masthead(cleaner):
    page = ("Home | Sitemap | 正體中文 | 简体中文 | Contact Us\nMAC News Release No. 021\n發布日期:2026-03-12\n"
            f"MAC condemns Beijing's legal warfare\n{BODY}\n")
    assert cleaner.clean(page).text == f"MAC News Release No. 021\nMAC condemns Beijing's legal warfare\n{BODY}\n"
    page = page.replace("MAC News Release No. 021", "Policy Brief No. 118")
    assert cleaner.clean(page).text.startswith("Policy Brief No. 118\n")


def test_an_interviewers_question_is_no_headline_of_a_related_list_left_empty(cleaner):
    page = f"{BODY}\nMost Read\nQ: Which sectors besides drones?\nA: Semiconductors and education, she said.\n{BODY}\n"
    assert cleaner.clean(page).text == page.replace("Most Read\n", "")


def test_a_tables_rows_under_its_headings_and_its_title_above_them_close_the_article(cleaner):
    table = "Overall results of day-school candidates\nGrade | Share of candidates\nLevel 5** | 1.5%\n" \
            "Level 5* or above | 6.2%\nLevel 4 or above | 31.8%\nLevel 2 or above | 84.3%\n"
    assert cleaner.clean(f"{BODY}\n{BODY}\n{table}相關新聞:\n文憑試放榜\n").text == f"{BODY}\n{BODY}\n{table}"


def test_a_markdown_tables_rows_stay_and_its_rule_without_words_goes(cleaner):
    headings, rule = "| Category | February (US$ billion) | Change (%) |\n", "| --- | ---: | ---: |\n"
    rows = "| Electronics | 21.4 | +18.2 |\n| ICT products | 19.8 | +40.1 |\n"
    assert cleaner.clean(f"{BODY}\n{headings}{rule}{rows}{BODY}\n").text == f"{BODY}\n{headings}{rows}{BODY}\n"
    # Alone too.
    assert cleaner.clean(f"{BODY}\n| --- | --- |\n{BODY}\n").text == f"{BODY}\n{BODY}\n"


MARKDOWN_PAGE = """Title: Taiwan tightens rules on e-scooter rentals
URL Source: https://www.example.com.tw/news/2003853310
Published Time: 2026-03-14T00:00:00+08:00
Markdown Content:
[![Taipei Times](https://www.example.com.tw/logo.png)](https://www.example.com.tw/)
* [Taiwan](https://www.example.com.tw/taiwan/)
* [China & World](https://www.example.com.tw/world/)
[Home](https://www.example.com.tw/) > [Taiwan News](https://www.example.com.tw/taiwan/) > [Local](https://www.example.com.tw/local/)
# Taiwan tightens rules on e-scooter rentals
![Shared e-scooters parked on a sidewalk in Taipei on Thursday.](https://img.example.com.tw/301.jpg)
![Image 2](https://img.example.com.tw/302.jpg)
The [transport ministry](https://www.motc.gov.tw/) said on Friday that rental operators must check riders' licences.
Injuries rose by a third last year, [according to police data](https://www.npa.gov.tw/data).
[Back to top](#top)
"""


def test_a_markdown_pages_reader_metadata_menus_logo_and_uncaptioned_picture_go_and_its_links_in_the_text_stay(cleaner):
    lines = MARKDOWN_PAGE.splitlines()
    kept = lines[8:10] + lines[11:13]
    assert cleaner.clean(MARKDOWN_PAGE).text == "\n".join(kept) + "\n"


def test_a_photographers_credit_with_the_papers_name_is_no_section_path(cleaner):
    page = f"{BODY}\nA ferry leaves the pier in Central on Monday.\nCalvin Ng / China Daily\n{BODY}\n"
    assert cleaner.clean(page).text == page


def test_a_brand_between_two_pieces_of_furniture_after_a_credit_in_brackets_goes_with_them(cleaner):
    result = cleaner.clean(f"{BODY}\n(Reporting by Kiyoshi Takenaka; Editing by Jamie Freed) 看更多 Yahoo 新聞 下載APP ▶\n")
    assert result.text == f"{BODY}\n(Reporting by Kiyoshi Takenaka; Editing by Jamie Freed)\n"


@pytest.mark.parametrize("heading", ["小試身手", "小试身手", "考考你"])
def test_a_learning_pages_quiz_heading_takes_the_quiz_under_it(cleaner, heading):
    result = cleaner.clean(f"{BODY}\n{heading}\nWhich word in the article means “a sample kept for study”?\n")
    assert result.text == f"{BODY}\n"
    assert result.lines[1].reason == "rule quiz-heading"


def test_a_chinese_date_at_the_end_of_a_byline_takes_only_itself(cleaner):
    result = cleaner.clean(f"By Communications and Public Affairs Office 2026年3月11日\n{BODY}\n")
    assert result.text == f"By Communications and Public Affairs Office\n{BODY}\n"


def test_a_gallerys_headline_under_its_label_is_an_item_of_the_list_no_credit(cleaner):
    page = (f"{BODY}\n{BODY}\nMore HKFP stories\nHong Kong's last neon sign makers light up M+\n"
            "Photos: Cheung Chau Bun Festival draws record crowds\n© 2026 Hong Kong Free Press.\n")
    assert cleaner.clean(page).text == f"{BODY}\n{BODY}\n"


def test_the_length_or_date_of_a_related_item_leaves_the_list_going_on(cleaner):
    page = (f"{BODY}\n{BODY}\nRecommended\nFuxing trains hit new speed record\n03:21\n"
            "What's next for China's maglev trains?\n02:45\nHigh-speed line to Lhasa opens\n17 March 2026\n"
            "© 2026 CGTN\n")
    assert cleaner.clean(page).text == f"{BODY}\n{BODY}\n"


def test_a_related_lists_headlines_that_ask_go_with_it(cleaner):
    items = ["Can Cantonese Survive the Next Generation?",
             "Explainer: What happens when a typhoon signal is raised in Hong Kong?"]
    page = f"{BODY}\nRelated Articles\nWhy teens turn to Cantonese podcasts\n" + "\n".join(items) + f"\n{BODY}\n"
    assert cleaner.clean(page).text == f"{BODY}\n{BODY}\n"
    # A question of the article's own, after its paragraph, is no item.
    page = f"{BODY}\nWhat happens next?\n{BODY}\n"
    assert cleaner.clean(page).text == page
    # In sentence case, first in the list, as long as a paragraph, one under the other, up to the footer.
    page = (f"{BODY}\n{BODY}\nMore on this story\nWhat is in John Lee's policy address and what does it mean for "
            "you?\nWill Hong Kong's new housing target cut waiting times?\n© 2026 Harbour Herald.\n")
    assert cleaner.clean(page).text == f"{BODY}\n{BODY}\n"
    # One in sentence case, after another headline of the list, before the footer or another headline.
    for after in ("© 2026 Harbour Herald. All rights reserved.\n", "Why teens turn to Cantonese podcasts\n"):
        page = f"{BODY}\n{BODY}\nMost Popular\nWhy Hong Kong's IPO pipeline is getting longer\n" \
               f"Can the Northern Metropolis attract tech firms?\n{after}"
        assert cleaner.clean(page).text == f"{BODY}\n{BODY}\n"
    # Over a paragraph it is the article's subhead.
    page = f"{BODY}\nRelated: Why teens turn to Cantonese podcasts\nCan the plan work?\n{BODY}\n"
    assert cleaner.clean(page).text == f"{BODY}\nCan the plan work?\n{BODY}\n"


def test_a_related_lists_teasers_go_with_their_headlines(cleaner):
    items = ["Why do Hong Kong's public hospitals still struggle to keep specialist doctors?",
             "Authority says its recruitment drive has brought in 120 doctors since 2024.",
             "How will the new primary healthcare blueprint change your GP visit?",
             "Health chief says district health centres will be the first stop for patients.",
             "Hong Kong to let non-local nurses work in public hospitals without exam"]
    page = f"{BODY}\n{BODY}\nMore Articles\n" + "\n".join(items) + "\n© 2026 Harbour Herald.\n"
    assert cleaner.clean(page).text == f"{BODY}\n{BODY}\n"
    # Where the article goes on under the list, a paragraph over a subhead and a long paragraph is its own.
    paragraph = "Officials said the plan would be reviewed next year after a public consultation on it."
    page = (f"{BODY}\nRelated Articles\nWhy teens turn to Cantonese podcasts\n{paragraph}\nNext steps\n"
            f"{BODY} {BODY}\n")
    assert cleaner.clean(page).text == f"{BODY}\n{paragraph}\nNext steps\n{BODY} {BODY}\n"
    # ... and so is a paragraph over the line that announces a list of its own.
    page = (f"{BODY}\nMost Read\nWhy teens turn to Cantonese podcasts\n{paragraph}\n"
            "Here is how the main benchmarks moved in early trading:\nHang Seng Index: down 1.2%\n")
    assert cleaner.clean(page).text == (f"{BODY}\n{paragraph}\nHere is how the main benchmarks moved in early trading:\n"
                                        "Hang Seng Index: down 1.2%\n")


def test_the_wrapped_rest_of_a_line_of_furniture_goes_with_it(cleaner):
    page = (f"{BODY}\nSubscribe to our English newsletter for the best of our reporting on Taiwan,\n"
            "delivered every Friday.\n" + BODY + "\n")
    assert cleaner.clean(page).text == f"{BODY}\n{BODY}\n"
    # A paragraph after a line of furniture that ends like a sentence is the article's.
    page = f"{BODY}\nSubscribe to our newsletter.\nand the council agreed on Monday.\n"
    assert cleaner.clean(page).text == f"{BODY}\nand the council agreed on Monday.\n"


def test_a_glossary_of_the_article_stays_and_a_learning_pages_vocabulary_goes(cleaner):
    glossary = ["Glossary", "躺平 (tang ping): lying flat; opting out of the rat race",
                "内卷 (neijuan): involution; competition that exhausts everyone"]
    page = f"{BODY}\n{BODY}\n" + "\n".join(glossary) + "\n© 2026 Harbour Herald.\n"
    assert cleaner.clean(page).text == f"{BODY}\n{BODY}\n" + "\n".join(glossary) + "\n"
    page = f"{BODY}\n{BODY}\nGlossary\nclutter 雜物\nreusable 可重複使用的\n"
    assert cleaner.clean(page).text == f"{BODY}\n{BODY}\n"
    page = f"{BODY}\n{BODY}\nGlossary\nmoored (adjective): tied up so that it cannot float away\n"
    assert cleaner.clean(page).text == f"{BODY}\n{BODY}\n"
    page = f"{BODY}\n{BODY}\nWords to Know\nharvest (v./n.): to pick crops; the crops that are picked\n"
    assert cleaner.clean(page).text == f"{BODY}\n{BODY}\n"


def test_a_learning_pages_level_and_length_bar_goes_whole(cleaner):
    result = cleaner.clean(f"Level: Intermediate | 168 words | 2 min read\n{BODY}\n")
    assert result.text == f"{BODY}\n"
    assert result.lines[0].reason == "rule learning-page-apparatus-english"


def test_a_tabs_label_over_the_headline_takes_only_itself(cleaner):
    headline = "Citi Lifts TENCENT (00700.HK) TP to $520; Games Pipeline Seen as Strongest in Three Years"
    assert cleaner.clean(f"Latest News\n{headline}\n2026/03/18 10:25\n{BODY}\n").text == f"{headline}\n{BODY}\n"
    # Inside the article, a related story's one line over the next paragraph goes with its heading.
    assert cleaner.clean(f"{BODY}\nLatest News\n{headline}\n{BODY}\n").text == f"{BODY}\n{BODY}\n"


@pytest.mark.parametrize("heading", ["Related:", "READ MORE", "See also", "相關新聞", "Most read",
                                     "Most Read from Bloomberg", "More from Hong Kong Free Press:"])
def test_a_list_of_other_headlines_inside_the_article_goes_with_its_heading(cleaner, heading):
    page = (f"{BODY}\n{heading}\nGiant panda twins born at Chongqing zoo\n"
            f"Sichuan opens new hiking trail in national park\n{BODY}\n")
    result = cleaner.clean(page)
    assert result.text == f"{BODY}\n{BODY}\n"
    assert result.lines[1].reason.startswith("rule related-heading")  # its phrases or its patterns


@pytest.mark.parametrize("heading, items", [
    ("Related galleries", ["Photo gallery: Taipei’s best beef noodle soup", "Photo gallery: Cherry blossoms at Alishan"]),
    ("Notícias relacionadas", ["Metro Ligeiro: Linha Leste com testes em 2027"]),
])
def test_links_under_a_related_heading_go_with_it_whatever_they_start_with(cleaner, heading, items):
    lines = "\n".join(items)
    assert cleaner.clean(f"{BODY}\n{BODY}\n{heading}\n{lines}\n").text == f"{BODY}\n{BODY}\n"


def test_a_brand_between_two_pieces_of_furniture_after_the_sentence_goes_with_them(cleaner):
    result = cleaner.clean(f"{BODY} 看更多 Yahoo 新聞 下載APP ▶\n")
    assert result.text == f"{BODY}\n"
    assert [(cut.text, cut.reason) for cut in result.lines[0].cuts] == [
        ("看更多 Yahoo 新聞 下載APP ▶", "rule continue-reading; rule app-promo")]
    # Before the sentence has ended, or more than a name's words, it stays.
    for line in (f"{BODY[:-1]} 看更多 Yahoo 新聞 下載APP", f"{BODY} 看更多 Yahoo News Taiwan 新聞 下載APP"):
        assert "Yahoo" in cleaner.clean(line + "\n").text


@pytest.mark.parametrize("heading", ["Word Power", "Vocabulary", "生詞"])
def test_a_vocabulary_heading_takes_its_short_lines_with_it(cleaner, heading):
    result = cleaner.clean(f"{BODY}\n{heading}\ndepot\nfleet\n")
    assert result.text == f"{BODY}\n"
    assert result.lines[1].reason == "rule vocabulary-heading"


@pytest.mark.parametrize("trail", ["Home » Hong Kong News » ", "首頁 > 港聞 > "])
def test_a_breadcrumb_trail_to_the_headline_goes_with_it_where_the_page_repeats_the_headline(cleaner, trail):
    headline = "Lantau Trail section reopens after landslide repairs"
    repeated = cleaner.clean(f"{trail}{headline}\n{headline}\n{BODY}\n")
    assert repeated.text == f"{headline}\n{BODY}\n"
    assert repeated.lines[0].reason == "context: what is left of furniture, repeated on line 2"
    # Where it does not, the trail's last crumb is the headline.
    assert cleaner.clean(f"{trail}{headline}\n{BODY}\n").text == f"{headline}\n{BODY}\n"



@pytest.mark.parametrize("title", ["Lantau Trail section reopens after landslide repairs|香港01|英文新聞",
                                   "Lantau Trail section reopens after landslide repairs - RTHK",
                                   "Lantau Trail section reopens after landslide repairs | Harbour News | Mar. 5, 2026",
                                   "Lantau Trail section reopens after landslide repairs"])
def test_the_pages_title_atop_it_goes_where_the_headline_under_its_menus_repeats_it(cleaner, title):
    headline = "Lantau Trail section reopens after landslide repairs"
    page = [title, "首頁 新聞 體育 娛樂 生活", "Home » Hong Kong News", "Local | World | Sport", headline]
    # The paragraphs hard-wrapped: the first line that ends a sentence tells where the text starts.
    wrapped = ["The trail section between Pak Kung Au and Sunset Peak reopened on", "Friday after repairs, officials said."]
    for body in ([BODY], wrapped):
        result = cleaner.clean("\n".join(page + body) + "\n")
        assert result.text == "\n".join([headline] + body) + "\n"
        assert result.lines[0].reason.startswith("context:") and result.lines[0].reason.endswith("repeated on line 5")
    # A page that prints it once keeps it: it is the headline.
    assert cleaner.clean(f"{title}\n{BODY}\n").text.startswith(headline)


def test_a_breadcrumb_glued_before_a_headline_takes_only_itself(cleaner):
    headline = "Taiwan's jobless rate falls to lowest February level in 26 years"
    result = cleaner.clean(f"首頁 > 即時 > 財經{headline}\nHome > News > Research\n{BODY}\n")
    assert result.text == f"{headline}\n{BODY}\n"
    assert [line.reason for line in result.lines[:2]] == ["rule breadcrumb-before-headline; rule breadcrumb",
                                                          "rule breadcrumb"]


MUSEUM_HEADLINE = "Hong Kong Palace Museum to show 120 Ming porcelain pieces from Jingdezhen imperial kilns"
SCHEELITE = "Scheelite is a calcium tungstate mineral with the chemical formula CaWO4. It is an important ore."


@pytest.mark.parametrize("page, text, index, reason", [
    # A Weibo topic glued before a headline.
    (f"#香港故宫#{MUSEUM_HEADLINE}\n{BODY}\n#aging #digital divide #Chengdu\n", f"{MUSEUM_HEADLINE}\n{BODY}\n", 2,
     "rule hashtags"),
    # An encyclopedia's tools beside an entry's title.
    (f"Scheelite 收藏 查看我的收藏 0 有用+1 已投票 0\n{SCHEELITE}\n", f"Scheelite\n{SCHEELITE}\n", 0,
     "rule encyclopedia-entry-tools"),
])
def test_furniture_glued_onto_a_title_takes_only_itself(cleaner, page, text, index, reason):
    result = cleaner.clean(page)
    assert result.text == text
    assert result.lines[index].reason == reason


def test_a_sentences_colon_stays_before_a_cut_and_a_labels_goes(cleaner):
    result = cleaner.clean("Asked whether he would run again, Kuo gave a one-word answer: 👉點我看更多\n"
                           "Photo: 記者王小明攝\n")
    assert [line.output for line in result.lines] == [
        "Asked whether he would run again, Kuo gave a one-word answer:", "Photo"]


def test_a_cut_joined_to_the_next_gives_both_reasons(cleaner):
    result = cleaner.clean(f"{BODY} 2026-03-18 18:05 瀏覽數 1,234\n")
    assert [(cut.text, cut.reason) for cut in result.lines[0].cuts] == [
        ("2026-03-18 18:05 瀏覽數 1,234", "rule stamp-glued-english; rule counters")]


def test_a_table_in_the_article_keeps_the_rows_the_rules_took_for_furniture(cleaner):
    table = ["City | New homes | Second-hand", "Shanghai | +0.4% | +0.1%", "Beijing | -0.1% | -0.3%",
             "Shenzhen | -0.2% | -0.5%"]
    page = "\n".join([BODY, *table, BODY]) + "\n"
    result = cleaner.clean(page)
    assert result.text == page
    assert result.lines[1].reason == "context: a row of a table (rule nav-pipes took it for furniture)"
    # Above the article the same rows are a menu and a market widget.
    page = "\n".join([*table, BODY]) + "\n"
    assert cleaner.clean(page).text == f"{BODY}\n"


def test_a_page_run_together_onto_one_line_keeps_its_article_past_the_furniture(cleaner):
    line = (f"{BODY} Advertisement Industrial output rose 6.2 percent in the same period, beating market "
            f"expectations, the bureau said.")
    result = cleaner.clean(line + "\n")
    assert result.text == line.replace(" Advertisement", "") + "\n"
    assert result.lines[0].reason == "rule advertisement-glued"
    # A drop rule's match after Chinese furniture that follows the article's last sentence takes the
    # furniture with it, and the article stays.
    line = (f"{BODY} Environmental groups said the gas units would still emit large amounts of carbon dioxide. "
            f"分享 facebook LINE 複製連結 相關新聞 台電夏季備轉容量率估逾10% Copyright © 2026 udn.com All Rights Reserved.")
    assert cleaner.clean(line + "\n").text == line[:line.index(" 分享")] + "\n"


def test_a_table_row_is_no_row_of_links_glued_after_a_sentence(cleaner):
    # The decimal point in "24,106.37" ends no sentence, nor does the stop of "p.m." in a cell.
    page = f"{BODY}\nTAIEX | 24,106.37 | +261.58 | +1.10\nKospi | 2,741.33 | +8.95 | +0.33\n{BODY}\n"
    assert cleaner.clean(page).text == page
    page = (f"Summer ferries to Penghu start in May\n{BODY}\nPier | Leaves | Arrives | Runs\n"
            f"Anping – Penghu | 8:30 a.m. | 12:40 p.m. | Tue, Thu, Sat\nBudai – Penghu | 9 a.m. | 10:30 a.m. | Daily\n"
            f"{BODY}\n")
    assert cleaner.clean(page).text == page


def test_a_table_of_words_under_its_headings_stays_where_the_article_goes_on_below_it(cleaner):
    table = ["Prize | Winner | Film", "Best Director | Chen Yu-ting | River of Lanterns",
             "Best Actress | Lam Ka-wai | The Last Ferry Home", "Best Documentary | Su Ming-hao | Salt Fields of Budai"]
    page = "\n".join([BODY, *table, BODY]) + "\n"
    result = cleaner.clean(page)
    assert result.text == page
    assert result.lines[1].reason == "context: a row of a table (rule nav-pipes took it for furniture)"
    # Where the page ends under them, rows of a word or two a cell are a footer's links.
    links = ["About Us | Contact Us | Privacy Policy", "Terms of Use | Cookie Settings | Site Map",
             "Advertise | Careers | Newsletters", "Facebook | Instagram | YouTube"]
    assert cleaner.clean("\n".join([BODY, BODY, *links]) + "\n").text == f"{BODY}\n{BODY}\n"
    # ... and rows of names with the page ending under them as well.
    assert cleaner.clean("\n".join([BODY, BODY, *table]) + "\n").text == f"{BODY}\n{BODY}\n"


def test_a_tables_rows_of_names_glossed_in_chinese_between_bars_stay_without_what_is_glued_on(cleaner):
    table = ["Candidate|Party|Votes", "Lee Ka-ming (李家明)|DAB|18,204 ✔ 當選", "Wong Yee-ting (黃綺婷)|ADPL|16,930",
             "Chu Man-lok (朱文樂)|Independent|8,115"]
    page = "\n".join(["By-election count ends after midnight", BODY, *table, BODY]) + "\n"
    assert cleaner.clean(page).text == page.replace(" ✔ 當選", "")
    # A row of bars with no spaces is a table's row, not a sentence for language detection to judge.
    table = ["Item|Origin|Amount|Finding", "Dried plums|Thailand|2,400 kg|Sulphur dioxide 0.41 g/kg (limit 0.1 g/kg)",
             "Black fungus|Vietnam|600 kg|Carbendazim 0.2 ppm (limit 0.05 ppm)",
             "Green tea leaves|Vietnam|1,800 kg|Fipronil 0.03 ppm (limit 0.002 ppm)"]
    page = "\n".join(["Border checks turn back three batches of food", BODY, *table, BODY]) + "\n"
    assert cleaner.clean(page).text == page


@pytest.mark.parametrize("question", ["【读后思考】Why do cities plant trees along their rivers?",
                                      "Quiz: Which district gets the new buses first? 答案見明日版面",
                                      "Think and answer: Why do cities plant trees along their rivers?",
                                      "聽力小測驗：Where did the idea for quiet carriages come from?"])
def test_a_quiz_heading_with_its_question_takes_what_follows(cleaner, question):
    page = f"{BODY}\n{BODY}\n{question}\nWhat would you plant?\n"
    result = cleaner.clean(page)
    assert result.text == f"{BODY}\n{BODY}\n"
    assert result.lines[2].reason == "rule quiz-heading-with-instructions"


@pytest.mark.parametrize("kicker", ["FILM REVIEW", "Literary feature", "Exhibition review"])
def test_a_kicker_that_names_the_storys_kind_is_no_masthead(cleaner, kicker):
    page = f"{kicker}\nA quiet film about a noisy city\n{BODY}\n"
    assert cleaner.clean(page).text == page


def test_a_text_browsers_link_numbers_go_and_a_citations_number_stays(cleaner):
    page = (f"{BODY}\nThe line can carry 2,000 passengers an hour, according to [18]Chongqing Rail Transit Group.\n"
            f"Cable cars were first proposed in 1982.[3]\n{BODY}\n")
    assert cleaner.clean(page).text == page.replace("[18]", "")


def test_the_rest_of_a_name_that_a_hard_wrap_carried_onto_a_line_of_its_own_is_the_articles(cleaner):
    # A text browser's dump, wrapped at 80 columns.
    article = ("Old shophouses in the district will become a hostel for young workers under a scheme\n"
               "that the authority launched in 2023 to keep old buildings while improving homes.\n\n"
               "“We don’t want this to become a museum piece. We want young people to sleep\n"
               "here, cook here and meet the neighbours,” said the scheme’s director Ho\nKa-wai.\n\n")
    wrapped = ("Some residents have asked whether a hostel is the best use of the site, and\n"
               "concern groups say thousands in the district live in subdivided flats.\n")
    page = f"{article}Read more: Hong Kong’s last rattan workshops struggle as rents climb\n\n{wrapped}"
    assert cleaner.clean(page).text == f"{article}{wrapped}"


@pytest.mark.parametrize("credit", [
    "Translated from Chinese by Wu Pei-shan",
    "Guests: Chen Pei-ju (陳佩如), registered nurse; Lee Ming-che, signalling engineer",
    "Styling: Cheuk Wing-sze / Hair and makeup: Jojo Lam / Model: Irene So"])
def test_a_credit_after_the_last_paragraph_is_the_articles(cleaner, credit):
    page = f"{BODY}\n{BODY}\n{credit}\n"
    assert cleaner.clean(page).text == page


def test_an_english_stamp_keeps_its_line_when_a_chinese_counter_is_cut_from_it(cleaner):
    page = f"Published: Apr 21, 2026 09:12 PM | 阅读 3,482\n{BODY}\n"
    assert cleaner.clean(page).text == f"Published: Apr 21, 2026 09:12 PM\n{BODY}\n"
    # An agency's name alone, left by a cut Chinese prompt, is no credit.
    assert cleaner.clean(f"{BODY}\n更多 AFP\n{BODY}\n").text == f"{BODY}\n{BODY}\n"


def test_an_episodes_chapters_under_their_heading_are_the_show_notes(cleaner):
    page = f"{BODY}\n{BODY}\nChapters\n00:00 Cold open\n04:10 The first ride\n12:45 What the drivers say\n"
    assert cleaner.clean(page).text == page


def test_a_wires_block_about_the_issuer_goes_with_all_below_it(cleaner):
    page = (f"{BODY}\n{BODY}\n03.04.2026 CET/CEST Dissemination of a Corporate News, transmitted by EQS News - a "
            "service of EQS Group.\nLanguage: English\nCompany: Harbour Robotics Ltd.\nISIN: HK0000123456\n"
            "End of News\n")
    result = cleaner.clean(page)
    assert result.text == f"{BODY}\n{BODY}\n"
    assert result.lines[2].reason == "rule wire-issuer-footer"


def test_article_lines_with_signed_figures_are_no_quote_row(cleaner):
    lines = ["Temperatures: -3C in Harbin, -10C at night, and +2C by Friday, forecasters said.",
             "The index closed at 23,418.52, up 186.30 points or +0.80%, dealers said."]
    page = "\n".join([BODY, *lines, BODY]) + "\n"
    assert cleaner.clean(page).text == page


QUIZ = ("1. When will the museum stay open until midnight?\n(A) Every Friday (B) Every Saturday\n"
        "2. What does “the other way around” mean?\n")
COMMENTS = ("TaiwanTransitFan\n2 hours ago\nI ride this every day from Hamasen and it really is much better now. "
            "The junction waits are the only problem.\n")
AUTHOR_BOX = ("Jess Wong is Harbourlife’s food editor. When she is not eating her way around Sham Shui Po, she can "
              "be found hunting for the city’s flakiest egg tart.\nMore by Jess Wong\n")


@pytest.mark.parametrize("marker, after, rule_id", [
    # A learning page's quiz.
    ("閱讀測驗", QUIZ, "quiz-heading"), ("【阅读理解】", QUIZ, "quiz-heading"), ("Quiz", QUIZ, "quiz-heading"),
    ("思考問題", QUIZ, "quiz-heading"), ("Your turn", QUIZ, "quiz-heading"),
    ("测验 Quiz", QUIZ, "quiz-heading-with-instructions"),
    ("小测验：读完文章后，请判断下列说法是否正确。", QUIZ, "quiz-heading-with-instructions"),
    ("练一练：用 had better 完成句子。", QUIZ, "quiz-heading-with-instructions"),
    ("[小练习] 试用 must have + p.p. 改写：I am sure she left early.", QUIZ, "quiz-heading-with-instructions"),
    # The readers' comments.
    ("Log in to comment", COMMENTS, "comment-box"), ("Leave a Reply Cancel reply", COMMENTS, "comment-box"),
    ("Add your comments...", COMMENTS, "comment-box"),
    ("Be the first to comment on this article.", COMMENTS, "comment-box"),
    ("Your email address will not be published. Required fields are marked *", COMMENTS, "comment-box"),
    ("Jason says: March 5, 2026 at 9:12 am", COMMENTS, "comment-header"),   # a blog reader's comment
    ("Mandy Chan says:", COMMENTS, "comment-header-name"),   # ... its date on the next line
    ("Comments will be moderated. Keep comments relevant to the article.", COMMENTS, "comments-moderation"),
    ("Sort by Newest | Log in to comment", COMMENTS, "comments-moderation"),
    ('3 thoughts on "Ferry to run until midnight from April"', COMMENTS, "comments-moderation"),
    ("Please keep comments civil and on topic. Comments with links will not be published.", COMMENTS,
     "comments-moderation"),
    ("Teacher's Notes", QUIZ, "quiz-heading"),
    ("Exercise 練習", QUIZ, "quiz-heading-with-instructions"),
    ("Comments (12) · Log in to comment", COMMENTS, "comments-moderation"),
    ("Comments (0) — Log in to join the discussion.", COMMENTS, "comments-moderation"),
    ("Comments are reviewed before they are published. Please keep them civil and on topic.", COMMENTS,
     "comments-moderation"),
    ("Comments will be reviewed before being published. Please keep them civil and on topic.", COMMENTS,
     "comments-moderation"),
    # The author's box under the post.
    ("About the author", AUTHOR_BOX, "author-box-heading"), ("About the writers", AUTHOR_BOX, "author-box-heading"),
    ("ABOUT SARAH", AUTHOR_BOX, "author-box-name"),
    ("Aisha M. March 3, 2026 at 8:14 am", COMMENTS, "comment-header-dated"),
    ("陳麗華 說道:", COMMENTS, "comment-header-dated"),
    ("Comments Restacks", COMMENTS, "comment-section-newsletter"), ("Reply ↓", COMMENTS, "comment-section-newsletter"),
    # A forum's reply button under the post that carries the article: the replies follow.
    ("Reply With Quote", COMMENTS, "forum-reply-button"),
    # ... or the first reply, by its floor's number and the replier's name.
    ("#2 小林 這價格有鋁殼真的很狂,已下單", COMMENTS, "forum-reply-floor"),
])
def test_a_footer_marker_ends_the_article(cleaner, marker, after, rule_id):
    result = cleaner.clean(f"{BODY}\n{marker}\n{after}")
    assert result.text == f"{BODY}\n"
    assert result.lines[2].reason == f"context: after the footer marker on line 2 (rule {rule_id})"


@pytest.mark.parametrize("table, restored", [
    # Under a line that announces them, rows of a few words a cell.
    ("Service status as of 2pm:\nLine | Section | Status\nNorth-link | Su’ao to Hualien | Reduced, one train per hour\n"
     "Taitung Line | Hualien to Taitung | Suspended\nSouth-link | Taitung to Fangliao | Suspended\n", 2),
    # Rows that the rules mostly keep, a few of them taken for a menu.
    ("Season | Organ | Flavour | Foods to favour\nSpring | Liver | Sour (in moderation) | Leeks, spinach, bean sprouts\n"
     "Summer | Heart | Bitter | Bitter melon, mung beans, lotus seeds\n"
     "Late summer | Spleen | Sweet | Millet, pumpkin, Chinese yam\n"
     "Autumn | Lung | Pungent | Pears, white fungus, lily bulbs\n", 1),
])
def test_rows_of_words_are_a_table_by_what_is_around_them(cleaner, table, restored):
    page = f"{BODY}\n{table}{BODY}\n"
    result = cleaner.clean(page)
    assert result.text == page
    assert result.lines[restored].reason == "context: a row of a table (rule nav-pipes took it for furniture)"


def test_a_tables_heading_row_in_chinese_is_not_the_english_tables(cleaner):
    rows = ("Type | Age | Cap\nApartments of 6 to 10 storeys | Over 25 years | NT$1.2 million\n"
            "Apartments of 11 storeys or more | Over 20 years | NT$2 million\n")
    result = cleaner.clean(f"{BODY}\nThe caps are:\n{rows}建築類型 | 屋齡 | 補助上限\n{BODY}\n")
    assert result.text == f"{BODY}\nThe caps are:\n{rows}{BODY}\n"


def test_a_polls_question_takes_its_options_under_it(cleaner):
    page = (f"{BODY}\nPoll: Should kindergartens set homework at all?\nYes, a little helps build a routine\n"
            f"No, children should just play\n{BODY}\n")
    result = cleaner.clean(page)
    assert result.text == f"{BODY}\n{BODY}\n"
    assert result.lines[1].reason == "rule poll-question"


def test_a_learning_boxs_sentence_with_its_translation_goes_with_its_heading(cleaner):
    result = cleaner.clean(f"{BODY}\n今日金句\nSafety comes first. 安全第一.\n重点词汇\n")
    assert result.text == f"{BODY}\n"
    assert result.lines[2].reason.startswith("context: item of the list under line 2 (rule learning-box)")


def test_a_comment_box_above_the_article_takes_nothing(cleaner):
    page = f"Posted on March 4, 2026 by Michelle Ko\nLeave a comment\n{BODY}\n{BODY}\n"
    assert cleaner.clean(page).text == f"Posted on March 4, 2026 by Michelle Ko\n{BODY}\n{BODY}\n"


def test_a_quiz_link_in_the_menu_above_the_article_takes_nothing(cleaner):
    result = cleaner.clean(f"Quiz\n{BODY}\n{BODY}\n")
    assert result.text == f"{BODY}\n{BODY}\n"


@pytest.mark.parametrize("heading", ["評論區 (3)", "网友评论", "Reader comments", "留言 (23)", "精选留言"])
def test_readers_comments_under_their_heading_are_not_the_article(cleaner, heading):
    page = f"{BODY}\n{BODY}\n{heading}\nTried this in a slow cooker, six hours on low, worked perfectly.\n"
    result = cleaner.clean(page)
    assert result.text == f"{BODY}\n{BODY}\n"
    assert result.lines[2].reason == "rule comment-section"


def test_a_booking_button_glued_after_a_line_that_is_no_sentence_is_cut(cleaner):
    result = cleaner.clean("Park entry: NT$300 for adults, NT$150 for children and seniors Book now\n")
    assert result.text == "Park entry: NT$300 for adults, NT$150 for children and seniors\n"
    assert result.lines[0].reason == "rule furniture-glued-english"


def test_a_comment_button_in_the_articles_toolbar_takes_nothing_with_it(cleaner):
    result = cleaner.clean(f"{BODY}\nComments (12)\n{BODY}\n")
    assert result.text == f"{BODY}\n{BODY}\n"
    assert result.lines[1].reason == "rule comment-counter"


@pytest.mark.parametrize("credits", ["Producer: Kuo Yi-wen | Camera: Tsai Ming-hung",
                                     "Director: Lin Hsin-yi | Narrator: Wu Chia-hao"])
def test_labelled_credits_between_bars_are_no_menu(cleaner, credits):
    page = f"Our Island: the last oyster farmers of Chiayi\n{BODY}\n{credits}\n{BODY}\n"
    assert cleaner.clean(page).text == page


def test_a_list_of_search_terms_between_paragraphs_takes_its_short_last_term_and_no_paragraph(cleaner):
    page = f"Consumer spending beats forecasts\n{BODY}\nSearch Trends\nSpring Festival travel rush\nTwo sessions\n{BODY}\n"
    assert cleaner.clean(page).text == f"Consumer spending beats forecasts\n{BODY}\n{BODY}\n"


@pytest.mark.parametrize("top, text", [
    # A heading's one line over the first paragraph is the headline, however the paragraph starts...
    ("Today's Press Releases\nLCQ7: Elderly health care vouchers\n",
     "Following is a question by the Hon Chan Hoi-yan and a written reply by the Secretary for Health in the "
     "Legislative Council today:\n"),
    # ... and whatever credit stands between.
    ("Photos\nRapeseed flowers paint Guizhou hills gold\n", "Source: Xinhua\n"),
])
def test_a_list_headings_one_line_over_the_article_is_its_headline(cleaner, top, text):
    result = cleaner.clean(f"{top}{text}{BODY}\n")
    assert result.text == f"{top.splitlines()[1]}\n{text}{BODY}\n"


def test_a_sidebars_widget_between_paragraphs_goes_with_its_items(cleaner):
    page = f"Spring arrives early\n{BODY}\nPhotos\nSpring scenery across China\nCherry blossoms in full bloom in Wuhan\n{BODY}\n"
    assert cleaner.clean(page).text == f"Spring arrives early\n{BODY}\n{BODY}\n"
    # A label ending in a colon is no item: the list ends there.
    page = (f"LCQ7: Support for elderly persons\n{BODY}\nToday's Press Releases\nRed flags hoisted at some beaches\n"
            f"Reply:\nPresident,\n{BODY}\n")
    assert cleaner.clean(page).text == f"LCQ7: Support for elderly persons\n{BODY}\nReply:\nPresident,\n{BODY}\n"


def test_a_letters_signature_over_the_call_for_more_letters_is_its_own(cleaner):
    page = (f"Lantau buses cannot cope at weekends\n{BODY}\nDr Wong Siu-ming, Discovery Bay\n"
            "Have something to say? Submit a letter to the editor.\n相關文章\n")
    assert cleaner.clean(page).text == f"Lantau buses cannot cope at weekends\n{BODY}\nDr Wong Siu-ming, Discovery Bay\n"
    # Without the call, a name after a report is a menu's.
    assert cleaner.clean(page.replace("Have something to say? Submit a letter to the editor.", "熱門新聞")).text == (
        f"Lantau buses cannot cope at weekends\n{BODY}\n")


def test_the_end_of_the_full_text_is_cut_after_a_line_that_ends_in_no_stop(cleaner):
    result = cleaner.clean(f"Rates to stay on hold in a quiet summer （全文完）\n{BODY}\n")
    assert result.text == f"Rates to stay on hold in a quiet summer\n{BODY}\n"
    assert result.lines[0].reason == "rule end-marker"


@pytest.mark.parametrize("line", [
    "High-rise buildings swayed, and Advertisement the CWA's alert system sent warnings, officials said.",
    "He struck out 24 batters Advertisement in 19 innings, the league said.",
    "Rescues cost about HK$70,000, Advertisement a figure that has doubled, officials said.",
    "The party kept a working majority ADVERTISEMENT together with its allies, officials said.",
])
def test_an_advertisement_label_between_two_words_of_a_sentence_is_cut(cleaner, line):
    result = cleaner.clean(line + "\n")
    assert result.text == line.replace("Advertisement ", "").replace("ADVERTISEMENT ", "") + "\n"
    assert result.lines[0].reason == "rule advertisement-in-sentence"


@pytest.mark.parametrize("line", [
    "The agency placed an advertisement in three newspapers, officials said.",
    "Signs must follow the Outdoor Advertisement Ordinance, the department said.",
    "Shops broke the rules on ADVERTISEMENT Standards twice, the regulator said.",
])
def test_the_word_advertisement_in_a_sentence_is_the_sentences(cleaner, line):
    assert cleaner.clean(line + "\n").text == line + "\n"


def test_a_forum_posts_own_title_keeps_its_words_and_loses_its_label(cleaner):
    result = cleaner.clean("標題 [問題] Renewing my ARC after moving to Tainan - which office?\n")
    assert result.text == "Renewing my ARC after moving to Tainan - which office?\n"
    assert result.lines[0].reason == "rule forum-post-title"


def test_a_tables_rows_of_places_and_temperatures_are_no_weather_widget(cleaner):
    rows = ["The lowest temperatures recorded on Wednesday morning were:", "Ta Kwu Ling\t3.2°C", "Sha Tin\t5.6°C"]
    page = "\n".join([BODY, *rows, BODY]) + "\n"
    assert cleaner.clean(page).text == page
    # The widget, one space between place and temperature, still goes.
    assert cleaner.clean(f"{BODY}\nSha Tin 5.6°C\n{BODY}\n").text == f"{BODY}\n{BODY}\n"


def test_footer_glued_after_a_page_run_onto_one_line_takes_only_itself(cleaner):
    # Bars before the text are a menu's, and do not make the paragraph after them a menu.
    line = f"Weather | English Home > Press Releases {BODY} 私隱政策 | 無障礙 | 網站地圖 2026 © 香港天文台"
    result = cleaner.clean(line + "\n")
    assert result.text.endswith(f"{BODY}\n")
    assert result.removed[-1].text == "私隱政策 | 無障礙 | 網站地圖 2026 © 香港天文台"
    assert "rule disclaimer" in result.removed[-1].reason


def test_figures_a_widget_rule_takes_are_the_list_a_sentence_announces_before_the_next_paragraph(cleaner):
    stations = ["Tai Mo Shan -1.8°C", "Ta Kwu Ling 2.9°C", "Sheung Shui 3.6°C"]
    announced = "The lowest temperatures recorded this morning were:"
    result = cleaner.clean("\n".join([BODY, announced, *stations, BODY]) + "\n")
    assert [line.verdict for line in result.lines] == ["kept"] * 6
    assert result.lines[2].reason == ("context: an item of the list announced on line 2 "
                                      "(rule weather-widget took it for furniture)")
    # With no paragraph after them, they are a widget under the article's last line.
    result = cleaner.clean("\n".join([BODY, announced, *stations]) + "\n")
    assert [line.verdict for line in result.lines[2:]] == ["dropped"] * 3


@pytest.mark.parametrize("headings, rows", [
    ("Monthly eligible spending | Cash rebate", ["HK$8,000 – HK$14,999 | 5%", "HK$15,000 or above | 8%"]),
    ("Net chargeable income | Rate | Tax", ["On the first HK$50,000 | 2% | HK$1,000",
                                           "On the next HK$50,000 | 6% | HK$3,000"]),
])
def test_a_tables_column_headings_over_its_rows_of_figures_are_the_articles(cleaner, headings, rows):
    result = cleaner.clean("\n".join(["Tax rates for 2026", headings, *rows, BODY]) + "\n")
    assert [line.verdict for line in result.lines] == ["kept"] * (3 + len(rows))
    assert result.lines[1].reason == ("context: the column headings of the table under it "
                                      "(rule nav-pipes took it for furniture)")
    # Over rows of other cells they are a menu; over one row, a menu of two items is too, and three columns are
    # the headings of a table of one row ("Lot | Minimum GFA | Maximum GFA" over "TMTL 612 | 24,780 sq m | ...").
    result = cleaner.clean("\n".join(["Tax rates for 2026", headings, "Tax | Rates", BODY]) + "\n")
    assert result.lines[1].verdict == "dropped"
    result = cleaner.clean("\n".join(["Tax rates for 2026", headings, rows[0], BODY]) + "\n")
    assert result.lines[1].verdict == ("kept" if headings.count("|") >= 2 else "dropped")


def test_a_tables_column_headings_lined_up_by_spaces_over_its_rows_are_the_articles(cleaner):
    table = ["Team    W  L  T  GB", "Harbour Kings  39  21  0  —", "Lantau Dragons  35  25  0  4"]
    result = cleaner.clean("\n".join([BODY, "First-half standings", *table, BODY]) + "\n")
    assert [line.verdict for line in result.lines] == ["kept"] * 6
    assert result.lines[2].reason == ("context: the column headings of the table under it "
                                      "(rule nav-pipes took it for furniture)")


def test_a_reviews_rating_in_stars_in_its_box_above_its_first_paragraph_is_its_own(cleaner):
    box = "Director: Yeh Chien-an\nRunning time: 112 minutes\nRating: ★★★★☆\n"
    page = f"Cinema review: a love letter to a dying cinema\nBy Daniel Hsu\n{box}導演:葉建安 | 片長:112分鐘\n{BODY}\n"
    assert cleaner.clean(page).text == f"Cinema review: a love letter to a dying cinema\nBy Daniel Hsu\n{box}{BODY}\n"


def test_a_numbered_question_over_its_labelled_answer_is_an_faqs_not_a_quizs(cleaner):
    faq = "Q1. Can foreign firms bid for city contracts?\nA: Yes. Firms registered abroad may bid for contracts over NT$10 million.\n"
    result = cleaner.clean(f"{BODY}\n{faq}{BODY}\n")
    assert result.text == f"{BODY}\n{faq}{BODY}\n"
    assert result.lines[1].reason == "context: the question of an FAQ, its answer under it (rule quiz took it for a quiz's)"
    # With no answer under it, it is a quiz's.
    assert cleaner.clean(f"{BODY}\nQ1. How long did the firms have to bid?\n{BODY}\n").text == f"{BODY}\n{BODY}\n"


def test_a_fact_box_after_a_related_list_inside_the_article_is_its_own(cleaner):
    box = ("Tea in Pinglin at a glance\nPlanting area: about 1,200 hectares\n"
           "Annual output: about 900 metric tons of leaves\n")
    page = f"{BODY}\n{BODY}\nRelated stories\nTea town bets on cold brew to win young drinkers\n{box}{BODY}\n"
    assert cleaner.clean(page).text == f"{BODY}\n{BODY}\n{box}{BODY}\n"


def test_a_lone_numbered_question_beside_a_quizs_answer_key_goes_with_it(cleaner):
    page = f"{BODY}\n{BODY}\n42. What is the author's attitude toward the new ferry timetable?\n参考答案:41. B 42. D\n"
    result = cleaner.clean(page)
    assert result.text == f"{BODY}\n{BODY}\n"
    assert result.lines[2].reason.startswith("context: questions for the reader after the article")


def test_a_sentence_of_the_article_quoted_again_under_a_chinese_label_goes(cleaner):
    paragraph = ("Ferries will run every ten minutes at peak hours. In districts where the nearest pier is far away, "
                 "a shuttle bus will link estates with the ferry.")
    page = (f"{BODY}\n{paragraph}\n长难句分析\n[原句] In districts where the nearest pier is far away, a shuttle bus "
            "will link estates with the ferry.\n[译文] 在离码头较远的地区,穿梭巴士将连接屋苑与渡轮.\n")
    assert cleaner.clean(page).text == f"{BODY}\n{paragraph}\n"


def test_a_reviews_price_after_its_last_paragraph_is_its_own(cleaner):
    page = f"{BODY}\n{BODY}\nPrice as reviewed: 599 yuan (about US$83)\n熱門新聞\n"
    assert cleaner.clean(page).text == f"{BODY}\n{BODY}\nPrice as reviewed: 599 yuan (about US$83)\n"


@pytest.mark.parametrize("heading", ["相关论文", "引用本文:"])
def test_the_references_of_papers_under_a_research_releases_box_go_with_it(cleaner, heading):
    references = ["Lin M., et al. Nitrogen loss from tea terraces under heavy rain. Soil Biol. Biochem. 2025, 41, 88–97.",
                  "Wu H., Chen Y. Runoff on terraced slopes. Catena 2024, 230, 107245."]
    result = cleaner.clean("\n".join([BODY, BODY, heading, *references, "[关闭]"]) + "\n")
    assert result.text == f"{BODY}\n{BODY}\n"
    assert result.lines[3].reason.startswith("context: item of the list under line 3")


@pytest.mark.parametrize("subhead", ["Video", "Photos"])
def test_a_list_headings_word_over_paragraphs_inside_the_article_is_a_subhead(cleaner, subhead):
    page = f"{BODY}\n{BODY}\n{subhead}\n{BODY}\n{BODY}\n"
    result = cleaner.clean(page)
    assert result.text == page
    assert result.lines[2].reason.startswith("context: a subhead over a paragraph of the article")
    # Over a teaser and a headline, it heads a list.
    teaser = "Time deposits or money market funds: which is better for your cash this year?"
    page = f"{BODY}\n{BODY}\n{subhead}\n{teaser}\nHow tax deductions for annuities work\n"
    assert cleaner.clean(page).text == f"{BODY}\n{BODY}\n"


def test_a_tables_headings_in_chinese_under_its_english_ones_go(cleaner):
    rows = ["Rank | Title | Channel | Rating (%)", "1 | Harbour Lights | TVB Jade | 2.31", "2 | Night Ferry | ViuTV | 1.87"]
    page = "\n".join([BODY, BODY, rows[0], "排名 | 剧名 | 频道 | 收视率(%)", *rows[1:], BODY]) + "\n"
    assert cleaner.clean(page).text == "\n".join([BODY, BODY, *rows, BODY]) + "\n"


def test_a_row_whose_long_name_runs_into_its_first_figure_is_still_the_tables(cleaner):
    # Typed with ideographic spaces, one of them between a long name and its first figure.
    table = ["Team       W  L  GB", "Harbour Kings   7  6  2", "North District Lanterns 6  6  2.5",
             "Lantau Dragons   5  8  4"]
    result = cleaner.clean("\n".join([BODY, "Standings", *table, "下載APP 即時比分推播不漏接"]) + "\n")
    assert result.text == "\n".join([BODY, "Standings", *table]) + "\n"


@pytest.mark.parametrize("inserted", ["廣告", "請繼續往下閱讀...", "Advertisement"])
def test_a_subhead_over_furniture_an_app_inserts_before_its_paragraph_is_the_articles(cleaner, inserted):
    result = cleaner.clean("\n".join(["Grid operator plans new storage", BODY, "Outages", inserted, BODY, BODY]) + "\n")
    assert [line.verdict for line in result.lines] == ["kept", "kept", "kept", "dropped", "kept", "kept"]


@pytest.mark.parametrize("prompt", ["Please log in to leave a comment.", "You must be logged in to post a comment."])
def test_a_prompt_to_sign_in_to_comment_ends_the_article(cleaner, prompt):
    result = cleaner.clean("\n".join([BODY, prompt, "Great story!", BODY]) + "\n")
    assert [line.verdict for line in result.lines] == ["kept", "dropped", "dropped", "dropped"]
    assert result.lines[1].reason == "rule comment-sign-in"


def test_a_tables_column_headings_go_with_the_rows_a_sentence_announces(cleaner):
    rows = ["Metal | Minimum recovery rate", "Nickel, cobalt and manganese | 98%", "Lithium | 90%"]
    announced = "Under the rules, recyclers must meet minimum recovery rates:"
    result = cleaner.clean("\n".join([BODY, announced, *rows, BODY]) + "\n")
    assert [line.verdict for line in result.lines] == ["kept"] * 6
    # A bar of words over no figures is a menu still.
    result = cleaner.clean("\n".join([BODY, announced, "News | Sport | Business", BODY]) + "\n")
    assert [line.verdict for line in result.lines] == ["kept", "kept", "dropped", "kept"]


def test_a_letters_signature_under_a_breadcrumb_ending_in_the_letters_section_is_kept(cleaner):
    paragraph = "Instead of fining riders, the government should review every box in the city and redesign them."
    page = f"自由時報 > 評論 > 投書\nScooter waiting boxes need rethinking\n{BODY}\n{paragraph}\nChang Chia-hao\nKaohsiung\n點我下載APP\n"
    assert cleaner.clean(page).text == f"Scooter waiting boxes need rethinking\n{BODY}\n{paragraph}\nChang Chia-hao\nKaohsiung\n"
    # Under another section's trail, a name after the last paragraph is the page's.
    page = page.replace("投書", "國際")
    assert cleaner.clean(page).text == f"Scooter waiting boxes need rethinking\n{BODY}\n{paragraph}\n"


def test_a_title_case_headline_keeps_its_byline_under_a_translation_and_a_player(cleaner):
    page = ("首頁 > 英語新聞 > 健康\nSurvey: Night Market Vendors Embrace Reusable Bowls\n調查：夜市攤商擁抱環保碗\n"
            "發布時間：2026-04-08 14:20\n▶ 播放 | 下載MP3 | 下載字幕\nBy Lena Hart\n" + BODY + "\n")
    assert cleaner.clean(page).text == f"Survey: Night Market Vendors Embrace Reusable Bowls\nBy Lena Hart\n{BODY}\n"


def test_a_table_of_two_short_columns_keeps_the_row_a_rule_took_for_a_menu(cleaner):
    table = "Opening hours from May 1\nWeekdays | 9am–6pm\nSaturdays (by booking) | 10am–1pm\nSundays and public holidays | Closed\n"
    assert cleaner.clean(f"{BODY}\n{table}{BODY}\n").text == f"{BODY}\n{table}{BODY}\n"


def test_related_headlines_with_their_dates_are_no_table_of_two_columns(cleaner):
    related = ("Harbour ferry fares to rise by 5 percent in June | 2026-03-14\n"
               "New cycling lanes planned along the eastern waterfront | 2026-03-12\n"
               "Night market vendors switch to reusable bowls and cups | 2026-03-10\n")
    assert cleaner.clean(f"{BODY}\n{BODY}\n{related}").text == f"{BODY}\n{BODY}\n"


@pytest.mark.parametrize("kicker", ["VIEWPOINT", "Shanghai Diary", "CITY NOTEBOOK", "Letter from Hualien"])
def test_a_columns_name_above_the_headline_is_its_kicker(cleaner, kicker):
    headline = "Why I learned to love the breakfast queue"
    assert cleaner.clean(f"首頁 | 新聞 | 專欄\n{kicker}\n{headline}\n{BODY}\n").text == f"{kicker}\n{headline}\n{BODY}\n"


def test_a_tables_rows_of_figures_alone_come_back_with_it(cleaner):
    table = "School year | Primary | Secondary\n2023/24 | 12,480 | 10,560\n2024/25 | 12,730 | 10,910\n"
    assert cleaner.clean(f"{BODY}\n{table}{BODY}\n").text == f"{BODY}\n{table}{BODY}\n"
    # Alone, a row of figures is a line without words.
    assert cleaner.clean(f"{BODY}\n2023/24 | 12,480 | 10,560\n{BODY}\n").text == f"{BODY}\n{BODY}\n"


def test_a_tables_label_above_its_title_stays_with_it(cleaner):
    table = ("Annex\nSurvey findings by district\nDistrict | Median rent (HK$) | Median size (sq ft)\n"
             "Sham Shui Po | 5,200 | 110\nKwun Tong | 5,600 | 125\nYau Tsim Mong | 6,100 | 118\n")
    assert cleaner.clean(f"{BODY}\n{BODY}\n{table}").text == f"{BODY}\n{BODY}\n{table}"


def test_a_tables_row_whose_first_cell_ends_in_an_abbreviation_stays_whole(cleaner):
    table = "Fare type | Now | From Dec 27\nAdult fare (max.) | S$2.37 | S$2.43\nStudent fare (max.) | S$0.92 | S$0.95\n"
    assert cleaner.clean(f"{BODY}\n{table}{BODY}\n").text == f"{BODY}\n{table}{BODY}\n"


def test_a_tagline_above_a_menu_row_between_bars_goes_with_it(cleaner):
    page = (f"HarbourNews English – World news for learners\nHome | Level 1 | Level 2 | Quiz | Log in\n"
            f"Swiss glacier loses a fifth of its ice in two years\n{BODY}\n")
    assert cleaner.clean(page).text == f"Swiss glacier loses a fifth of its ice in two years\n{BODY}\n"


def test_a_byline_with_the_reporters_title_in_chinese_after_a_bar_is_no_menu(cleaner):
    page = f"Home prices fall for a third month in the New Territories\nJocelyn Yip | 信報記者\n{BODY}\n"
    assert cleaner.clean(page).text == f"Home prices fall for a third month in the New Territories\nJocelyn Yip\n{BODY}\n"


def test_the_sites_name_after_the_title_goes_where_its_copyright_line_names_it(cleaner):
    title = "Poll turnout falls to record low as lone cabinet scrapes through"
    byline = "By Chan Mei-ling | The Harbourside Post"
    result = cleaner.clean(f"{title} | The Harbourside Post\n{byline}\n{BODY}\n"
                           "© 2026 The Harbourside Post Ltd. All rights reserved.\n")
    assert result.text == f"{title}\n{byline}\n{BODY}\n"
    assert "copyright line (line 4)" in result.lines[0].reason
    # A page that does not name itself so keeps its title whole.
    assert cleaner.clean(f"{title} | The Harbourside Post\n{BODY}\n").text == f"{title} | The Harbourside Post\n{BODY}\n"


def test_an_embedded_posts_comment_box_ends_the_post_and_not_the_article(cleaner):
    embed = "A post shared by Harbour Rooftops (@hk.rooftopper)\n14,208 likes\nView all 312 comments\nAdd a comment...\n"
    after = "The Housing Department said it would fit extra locks on rooftop doors at 40 estates.\n"
    assert cleaner.clean(f"{BODY}\n{embed}{after}").text == f"{BODY}\n{after}"
    # The page's own comment box still ends the article.
    assert cleaner.clean(f"{BODY}\nAdd a comment...\n{after}").text == f"{BODY}\n"


def test_a_reviews_verdict_after_its_last_paragraph_is_the_articles(cleaner):
    verdict = "Verdict\nPros: excellent OLED screen, understated design\nCons: short battery life, expensive\n"
    assert cleaner.clean(f"{BODY}\n{BODY}\n{verdict}熱門新聞\n").text == f"{BODY}\n{BODY}\n{verdict}"


def test_a_box_of_key_dates_after_the_last_paragraph_is_the_articles(cleaner):
    box = ("Key dates\n2026-03-27: Taiwan's legislature begins its review of the special defence budget\n"
           "2026-04-01: Hong Kong's stablecoin licence holders may begin issuing tokens to the public\n")
    assert cleaner.clean(f"{BODY}\n{BODY}\n{box}熱門新聞\n").text == f"{BODY}\n{BODY}\n{box}"


def test_a_table_of_two_columns_keeps_the_rows_a_rule_took_for_furniture_beside_rows_that_run_long(cleaner):
    rows = ["Warning | Recommended rest per hour of work", "Amber | 15 minutes", "Red | 30 minutes",
            "Black | 45 minutes, or stop work if conditions allow"]
    page = "\n".join([BODY, *rows, BODY]) + "\n"
    assert cleaner.clean(page).text == page


def test_a_fact_boxs_bulleted_figure_keeps_itself_when_the_chinese_glued_on_goes(cleaner):
    page = (f"{BODY}\n■ Price list No 1 at a glance\n■ Units: 138 ■ 按此睇價單全文\n■ Saleable area: 282 to 756 sq ft\n"
            f"{BODY}\n")
    assert cleaner.clean(page).text == (f"{BODY}\n■ Price list No 1 at a glance\n■ Units: 138\n"
                                        f"■ Saleable area: 282 to 756 sq ft\n{BODY}\n")


@pytest.mark.parametrize("detail", ["📍 G/F, 188 Fuk Wing Street, Sham Shui Po", "💰 NT$80", "🕒 11am-9pm daily"])
def test_a_listings_detail_by_its_icon_is_the_articles(cleaner, detail):
    page = f"{BODY}\nTim Ho Lane\n{BODY}\n{detail}\n⬆️ Back to top\n"
    assert cleaner.clean(page).text == f"{BODY}\nTim Ho Lane\n{BODY}\n{detail}\n"


@pytest.mark.parametrize("line", ["📍 Google", "📞 0912-345-678 LINE ID:@lejuhome"])
def test_an_icon_with_no_figure_or_a_telephone_after_the_article_is_no_listings_detail(cleaner, line):
    assert cleaner.clean(f"{BODY}\n{BODY}\n{line}\n⬆️ Back to top\n").text == f"{BODY}\n{BODY}\n"


def test_a_users_handle_and_day_after_the_article_start_the_trip_reports(cleaner):
    page = (f"{BODY}\n{BODY}\nTrip reports\nHsu_wandering 2025-11-09\nDid the loop clockwise on Sunday, 4h20m.\n"
            "👍 18\nBen T. 2025-11-03\nGreat write-up. The ladders near the top were replaced recently.\n")
    result = cleaner.clean(page)
    assert result.text == f"{BODY}\n{BODY}\n"
    assert result.lines[3].reason == "rule comment-header-dated"


@pytest.mark.parametrize("answer", [
    "Yes. Holders of an Alien Permanent Resident Certificate may apply if they meet the other conditions.",
    "Applicants must meet all of the following conditions:"])
def test_an_faqs_numbered_questions_over_their_answers_in_paragraphs_are_the_articles(cleaner, answer):
    page = (f"{BODY}\nQ1. How much will I receive?\nEligible renters receive NT$3,600 to NT$8,000 a month for up to a "
            f"year.\nQ2. Can foreign residents apply?\n{answer}\n{BODY}\n")
    assert cleaner.clean(page).text == page


def test_an_faqs_question_keeps_itself_when_the_link_glued_on_goes(cleaner):
    answer = "Holders of a Hong Kong passport may travel on the passport until they collect the new card."
    page = (f"{BODY}\nQ1. How much is the fee?\nThe fee is HK$420, and it may be waived if the card was stolen.\n"
            f"Q2. Can I travel while waiting for my new card? 返回頁首\n{answer}\n")
    result = cleaner.clean(page)
    assert result.text == (f"{BODY}\nQ1. How much is the fee?\nThe fee is HK$420, and it may be waived if the card was "
                           f"stolen.\nQ2. Can I travel while waiting for my new card?\n{answer}\n")
    assert [(cut.text, cut.reason) for cut in result.lines[3].cuts] == [
        ("返回頁首", "script: Chinese glued after the English")]


def test_a_numbered_question_over_lettered_options_stays_a_quizs(cleaner):
    page = f"{BODY}\n{BODY}\nQ1. Why did Yang buy the projector?\nA. Because it was cheap.\nB. Because it was new.\n"
    assert cleaner.clean(page).text == f"{BODY}\n{BODY}\n"


def test_advertisement_glued_before_a_one_word_subhead_takes_only_itself(cleaner):
    assert cleaner.clean(f"{BODY}\nAdvertisement Growth\n{BODY}\n").text == f"{BODY}\nGrowth\n{BODY}\n"


def test_a_word_over_a_list_of_results_is_its_heading_wherever_it_stands(cleaner):
    page = ("Chou and Tai reach quarter-finals\nSingles\nChou Tien-chen (Taiwan) bt Lee Zii Jia (Malaysia) 21-17, 21-19\n"
            "Doubles\nLee Chia-hao/Wu Tsung-jen bt Tan Wei Jie/Ong Kah Leng (Malaysia) 21-19, 21-18\n")
    assert cleaner.clean(page).text == page


def test_a_video_ads_overlay_run_into_a_sentence_takes_only_itself(cleaner):
    assert cleaner.clean("Officials said 00:15 後可略過 the pilot would run for six months.\n").text == (
        "Officials said the pilot would run for six months.\n")


@pytest.mark.parametrize("kicker, kept", [("FEATURE", True), ("Explainer", True), ("HIGHLIGHT", True),
                                          ("Opinion", False), ("Taiwan News", False)])
def test_a_word_naming_the_storys_kind_above_the_headline_is_its_kicker(cleaner, kicker, kept):
    headline = "The last typewriter men of Taipei"
    result = cleaner.clean(f"Home | Culture | Features\n{kicker}\n{headline}\nBy Lin Mei-hua\n{BODY}\n")
    assert result.text == (f"{kicker}\n" if kept else "") + f"{headline}\nBy Lin Mei-hua\n{BODY}\n"


def test_advertisement_after_the_article_of_a_name_takes_only_itself(cleaner):
    line = "The petition came on Wednesday morning, when the Advertisement Hong Kong Observatory's warning was in force."
    assert cleaner.clean(f"{line}\n").text == (
        "The petition came on Wednesday morning, when the Hong Kong Observatory's warning was in force.\n")
