package finmetrics.extract;

import static finmetrics.extract.Example.match;
import static finmetrics.extract.Example.noMatch;

import finmetrics.extract.CueRule.Role;
import finmetrics.model.Metric;
import java.util.List;

/**
 * The registry of cue phrases. The longest phrase wins where two overlap ("cost of revenue" over
 * "revenue", "pre-tax profit" over "profit"); between phrases of equal length, the earlier rule.
 */
final class CueRules {
  private CueRules() {}

  // Words that may stand before "sales" or "revenue" in a company's own figure: function words,
  // verbs ("-ed", "-ing") and a few financial adjectives. Any other word there ("beer sales",
  // "subscription revenue") names a product line, whose figures are not the company's.
  /** Plural nouns for many companies at once, which make a figure an aggregate. */
  private static final String MANY_COMPANIES =
      "(?:companies|firms|corporations|banks|lenders|insurers|manufacturers|exporters|carmakers|automakers|retailers|enterprises|SOEs|businesses)(?![\\p{L}])";

  private static final String SALES_MODIFIERS =
      "net|total|gross|group|company|combined|consolidated|annual|quarterly|overall|record|statutory|reported"
          + "|aggregate|global|worldwide|fiscal|full|half|strong|solid|weak|higher|lower|first|second|third|fourth"
          + "|year|month|quarter|its|their|his|her|our|my|your|the|a|an|this|that|these|those|all|both|each|such"
          + "|and|or|but|so|thus|hence|then|therefore|also|still|yet|because|since|although|though|while|when|if"
          + "|whose|which|who|what|where|how|not|only|just|even|up|down|of|in|on|to|at|for|by|from|with|as|into"
          + "|over|under|about|after|before|than|had|has|have|is|was|were|are|be|been|its|whose|new|more|less"
          + "|saw|see|sees|got|made|make|makes|grew|rose|fell|hit|cut|lost|kept|won|drove|took|lifted|boosted|raised"
          + "|said|says|say|[a-z]+ed"
          // "reported N950.09 billion revenue": a scale word ends the figure before the metric
          + "|thousands?|millions?|billions?|trillions?|mn|mln|bn|bln|crores?|lakhs?"
          // Comparison words and a few more adjectives of the whole company's figure.
          + "|versus|vs|against|than|whereas|whilst|despite|amid|unlike|headline|operational"
          + "|flat|stable|steady|robust|modest|healthy|sluggish|soft|firm|muted|subdued|resilient|buoyant|disappointing|impressive|sales"
          // Verbs in -ing that describe a trend; other -ing words ("advertising", "consulting") name a business.
          + "|increasing|decreasing|growing|rising|falling|declining|improving|weakening|slowing|accelerating|booming"
          + "|continuing|underlying|existing|remaining|resulting|corresponding|recurring|operating";

  /** Countries and regions that, before "sales" or "revenue", name a part of the company. */
  private static final String REGIONS =
      "India|China|Japan|Korea|Germany|France|Italy|Spain|Britain|UK|U\\.K\\.|US|U\\.S\\.|USA|America|North\\s+America"
          + "|South\\s+America|Latin\\s+America|Europe|Asia|Asia[-\\s]Pacific|APAC|EMEA|Africa|Middle\\s+East|Russia|Brazil"
          + "|Canada|Mexico|Australia|Nordic|Nordics|Scandinavia|Finland|Sweden|Norway|Denmark|Poland|Baltic|Baltics"
          + "|Domestic|International|Overseas|Export";

  private static final String MONTHS =
      "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";

  static final List<CueRule> ALL =
      List.of(
          CueRule.metric("cue.revenue", Metric.REVENUE,
              "(?:(?:total|net|annual|consolidated|group|operating|gross|statutory|reported)\\s+)*(?:revenues?|sales|turnover)|top[-\\s]line"
                  + "|(?-i:rev)(?=\\s+(?:[$€£¥₹]|[A-Z]{1,3}\\$|(?-i:[A-Z]{3})\\s?\\d|\\d))",
              match("Northwind booked [[revenues]] of $351.7 million last year.", "revenue"),
              match("Finnish Talentum's [[net sales]] totaled EUR 103.3 mn .", "revenue"),
              match("[[Group turnover]] reached MEUR 31.4 .", "revenue"),
              match("[[Total operating revenue]] was up 9 % .", "revenue"),
              match("[[Statutory revenue]] of $412.7 million was down 3.1% .", "revenue"),
              match("Q2 [[rev]] $88.1 mln vs est $90 mln", "revenue"),
              noMatch("The rev counter of the engine was replaced."),
              noMatch("The firm employs 300 people.")).requiring("rev", "sales", "turnover", "top"),
          CueRule.metric("cue.cost_of_revenue", Metric.COST_OF_REVENUE,
              // "sales costs" is the cost of sales, never revenue; "selling costs" are selling expenses.
              "costs?\\s+of\\s+(?:revenues?|sales|goods\\s+sold|services)|sales\\s+costs",
              match("Our [[cost of revenue]] came to $70.31 million.", "cost_of_revenue"),
              match("Its [[sales costs]] now amount to IDR 3.9 trillion.", "cost_of_revenue"),
              noMatch("Selling costs rose to $4 million."),
              match("[[Cost of sales]] rose to EUR 40 mn .", "cost_of_revenue"),
              match("[[Cost of goods sold]] was $5 million.", "cost_of_revenue"),
              noMatch("The cost of capital rose.")),
          CueRule.metric("cue.gross_profit", Metric.GROSS_PROFIT, "gross\\s+(?:profits?|income)"
                  // "gross margin" is a ratio, unless money follows it within a few words
                  + "|gross\\s+margin(?=\\s+(?:(?:was|were|of|increased|decreased|rose|fell|grew|improved|declined|totall?ed|amounted|to|at|reached|came|in|by)\\s+){0,3}(?:[$€£¥₹]|[A-Z]{1,3}\\$|(?-i:[A-Z]{3})\\s?\\d))",
              match("[[Gross profit]] in fiscal 2019 was $482.9 million.", "gross_profit"),
              match("It allowed [[gross profits]] to expand 13 percent to 968 million rupees.", "gross_profit"),
              match("It reported [[gross income]] of $3 million.", "gross_profit"),
              match("[[Gross profit]] rose to EUR 5 mn .", "gross_profit"),
              match("[[Gross margin]] improved to $21.4 million in the quarter.", "gross_profit"),
              match("Its [[gross margin]] of EUR 12 mn was flat .", "gross_profit"),
              noMatch("Gross margin increased to 40 % .")),
          CueRule.metric("cue.operating_expenses", Metric.OPERATING_EXPENSES,
              "(?:total\\s+)?operating\\s+(?:expenses?|costs)(?!\\s+ratio)|opex",
              match("[[Operating expenses]] were €3.85 billion in 2023.", "operating_expenses"),
              match("[[Total operating expenses]] rose to $40 million.", "operating_expenses"),
              match("[[Opex]] fell to EUR 12 mn .", "operating_expenses"),
              match("[[Operating Expense]] also rose to $334.6 million.", "operating_expenses"),
              noMatch("Operating activities gave cash.")),
          CueRule.metric("cue.total_costs", Metric.TOTAL_COSTS,
              "total\\s+(?:operating\\s+)?costs\\s+and\\s+expenses|total\\s+(?:costs|expenses)|costs\\s+and\\s+expenses",
              match("LivePerson recorded [[total costs and expenses]] of $249.44 million.", "total_costs"),
              match("[[Total costs]] were $223.1 billion in 2023.", "total_costs"),
              match("[[Total expenses]] rose to EUR 5 mn .", "total_costs"),
              noMatch("Its costs rose.")),
          CueRule.metric("cue.sales_marketing", Metric.SALES_MARKETING,
              "(?:sales|selling)\\s+and\\s+marketing(?:\\s+(?:expenses?|costs?|expenditures?|spend(?:ing)?))?|marketing\\s+(?:expenses|costs)",
              match("[[Sales and marketing expenses]] reached $94.73 million.", "sales_marketing"),
              match("[[Selling and marketing costs]] rose to $2 million.", "sales_marketing"),
              match("[[Marketing expenses]] were $5 million.", "sales_marketing"),
              noMatch("Its marketing team grew.")),
          CueRule.metric("cue.general_administrative", Metric.GENERAL_ADMINISTRATIVE,
              "general\\s+(?:and\\s+)?administrative(?:\\s+(?:expenses?|costs?))?|(?:G\\s?&\\s?A|(?-i:G\\s+and\\s+A))(?:\\s+(?:expenses?|costs?))?",
              match("[[General and administrative expenses]] of $37.17 million.", "general_administrative"),
              match("[[G&A costs]] were $2 million.", "general_administrative"),
              match("[[G and A expenses]] fell to $1,300,000 .", "general_administrative"),
              match("[[General and administrative]] spending rose to $4 million.", "general_administrative"),
              noMatch("The general manager resigned.")),
          CueRule.metric("cue.research_development", Metric.RESEARCH_DEVELOPMENT,
              "(?:research\\s+and\\s+development|R\\s?&\\s?D|(?-i:R\\s+and\\s+D)|product\\s+(?:engineering\\s+and\\s+)?development|technology\\s+and\\s+development)"
                  // an acronym of the line may stand before the noun: "Product engineering and development (“PED”) expense"
                  + "(?:\\s+\\(\\s?[\"“”']?[\\p{Lu}&]{2,5}[\"“”']?\\s?\\))?\\s+(?:expenses?|costs?|expenditures?|spend(?:ing)?|investments?)",
              match("We put $38.97 million into [[product development costs]].", "research_development"),
              match("[[Research and development expenses]] were $27.2 billion.", "research_development"),
              match("[[R&D spending]] rose to EUR 5 mn .", "research_development"),
              match("[[R and D expenses]] were $4,100,000 in Q2.", "research_development"),
              match("[[Product engineering and development (“PED”) expense]] fell to $3.1 million.", "research_development"),
              match("It includes [[research and development (R&D) expenses]] of $15 million.", "research_development"),
              noMatch("Rand demand was weak."),
              noMatch("Its R&D centre in Oulu employs 40 engineers.")),
          CueRule.metric("cue.operating_income", Metric.OPERATING_INCOME,
              "(?:(?:net|consolidated|comparable|adjusted|underlying|reported)\\s+)*operating\\s+(?:profits?|income|earnings|results?)|EBIT|earnings\\s+before\\s+interest\\s+and\\s+tax(?:es|ation)?|(?:income|profit)\\s+from\\s+operations",
              match("Its [[operating profit]] rose to EUR 20.5 mn in 2005.", "operating_income"),
              match("[[EBIT]] was EUR 5 mn .", "operating_income"),
              match("During the quarter [[operating profits]] grew 60.7 % to Rs 6,120 crore.", "operating_income"),
              match("The bank's [[consolidated net operating profit]] increased.", "operating_income"),
              match("The [[operating result]] was a loss of EUR 1.6 mn .", "operating_income"),
              noMatch("Operating activities used cash.")).requiring("operat", "ebit", "earnings"),
          CueRule.loss("cue.operating_loss", Metric.OPERATING_INCOME,
              "operating\\s+(?:loss|deficit)|(?:loss|\\(loss\\))\\s+from\\s+operations",
              match("The group's [[operating loss]] was EUR 0.8 mn .", "operating_income"),
              match("[[Loss from operations]] was $3 million.", "operating_income"),
              match("GAAP [[(loss) from operations]] was $(60.6) million.", "operating_income"),
              match("The unit ran an [[operating loss]] of EUR 0.3 mn .", "operating_income"),
              noMatch("Its loss on the sale was $3 million.")).requiring("operat"),
          CueRule.loss("cue.negative_ebitda", Metric.EBITDA, "negative\\s+(?:adjusted\\s+)?EBITDA",
              match("It posted a [[negative EBITDA]] of EUR 0.8 mn a year earlier .", "ebitda"),
              match("The [[negative adjusted EBITDA]] came to $2 million.", "ebitda"),
              match("A [[negative EBITDA]] of SEK 5 mn was booked.", "ebitda"),
              noMatch("EBITDA was positive.")),
          CueRule.loss("cue.negative_operating", Metric.OPERATING_INCOME,
              "negative\\s+(?:operating\\s+(?:profit|result|income)|EBIT)",
              match("Compared with a [[negative operating profit]] of EUR 0.8 mn .", "operating_income"),
              match("It had a [[negative EBIT]] of EUR 1 mn .", "operating_income"),
              match("The [[negative operating result]] was EUR 2 mn .", "operating_income"),
              noMatch("Operating profit turned positive.")),
          CueRule.metric("cue.net_income", Metric.NET_INCOME,
              "net\\s+(?:profits?|income|earnings|results?)(?:\\s*/\\s*\\(loss\\))?(?:\\s+after\\s+tax(?:es|ation)?)?(?:\\s+attributable\\s+to\\s+(?:[\\p{L}-]+\\s+){0,3}(?:shareholders|stockholders|owners|equity\\s+holders)(?:\\s+of\\s+the\\s+(?:parent|company))?)?"
                  + "|(?<!gross\\s)(?<!operating\\s)profit\\s+(?:for|of)\\s+the\\s+(?:period|year|financial\\s+year|quarter)|profits?[\\s-]+after[\\s-]+(?:income[\\s-]+)?tax(?:es|ation)?"
                  // "quarterly after-tax profits", "its post-tax profit", "a PAT of KSh 82.65 billion"
                  + "|(?:after|post)[\\s-]tax\\s+(?:net\\s+)?profits?|(?-i:PAT)"
                  + "|(?:statutory\\s+|reported\\s+|underlying\\s+)?NPAT|(?<!operating\\s)result\\s+for\\s+the\\s+(?:period|year|financial\\s+year)"
                  // "Income for the period decreased to SEK 739m": not other, interest or comprehensive income
                  + "|(?<!(?:operating|other|total|interest|finance|financial|comprehensive|investment|rental|dividend|fee|commission|gross)\\s)income\\s+for\\s+the\\s+(?:period|year|financial\\s+year)"
                  + "|(?:profit|earnings|income)\\s+attributable\\s+to\\s+(?:[\\p{L}-]+\\s+){0,3}(?:shareholders|stockholders|owners|equity\\s+holders)",
              match("Its [[net profit]] climbed to EUR 11.2 million.", "net_income"),
              match("The lender's [[net profits]] rose to $4.1 billion.", "net_income"),
              match("[[Profit for the period]] came to EUR 5.1 mn .", "net_income"),
              match("Our [[net earnings attributable to common shareholders]] reached $318 million.", "net_income"),
              match("[[Net profit/(loss) after tax]] came to $(4.3) million.", "net_income"),
              match("[[Statutory NPAT]] was A$31.2 million.", "net_income"),
              match("The company 's [[result for the period]] was a loss of EUR 0.8 mn .", "net_income"),
              noMatch("Gross profit for the year ended June 30, 2022 was $88.4 million."),
              match("[[Income for the period]] decreased to SEK 612m (901).", "net_income"),
              match("Its quarterly [[after-tax profits]] rose to Tk 410 crore.", "net_income"),
              match("Its [[post-tax profit]] reached VND 2.1 trillion.", "net_income"),
              match("The unit reported a [[PAT]] of KSh 12.4 billion.", "net_income"),
              match("The group's [[profit after income tax]] fell to EGP 90 million.", "net_income"),
              noMatch("The pat on the back came after a record 2019."),
              noMatch("Total comprehensive income for the period was SEK 80m."),
              noMatch("We used $0.9 million of cash in operations.")).requiring("net", "profit", "npat", "result", "income", "pat"),
          CueRule.loss("cue.net_loss", Metric.NET_INCOME,
              "net\\s+(?:loss(?:es)?|deficit)|(?<!operating\\s)(?<!gross\\s)loss\\s+(?:for|of)\\s+the\\s+(?:period|year|financial\\s+year|quarter)|loss[\\s-]+after[\\s-]+tax(?:es|ation)?",
              match("Its [[net loss]] shrank to EUR 5.4 million.", "net_income"),
              match("We incurred [[net losses]] of $21.4 million and $17.8 million .", "net_income"),
              match("[[Loss for the period]] came to EUR 7.2 mn .", "net_income"),
              match("We closed the books with a [[loss for the period]] worth EUR 0.8 mn .", "net_income"),
              noMatch("A loss on the sale of a building of $1.1 million.")).requiring("net", "loss"),
          CueRule.metric("cue.ebitda", Metric.EBITDA,
              "(?:(?:adjusted|underlying|comparable|reported|operating)\\s+)*EBITDA|earnings\\s+before\\s+interest,?\\s+tax(?:es|ation)?,?\\s+depreciation,?\\s+and\\s+amorti[sz]ation(?:\\s*\\(\\s*EBITDA\\s*\\))?",
              match("[[EBITDA]] climbed to EUR212m .", "ebitda"),
              match("Hence the [[adjusted underlying EBITDA]] amounts to 7.309 bln skr .", "ebitda"),
              match("[[Adjusted EBITDA1]] was $31.2 million.", "ebitda"),
              match("Group [[earnings before interest, taxes, depreciation and amortization]] grew.", "ebitda"),
              noMatch("Operating costs rose to EUR 5 mn .")).requiring("ebitda", "earnings"),
          CueRule.generic("cue.profit", false, "profits?|earnings|result|surplus",
              match("Last spring it still made a [[profit]] of EUR 0.4 mn .", "generic"),
              match("It had [[earnings]] of $5 million.", "generic"),
              match("Against [[profits]] of EUR 7 mn a year earlier , the mill made a loss .", "generic"),
              match("The [[result]] was EUR 2 mn .", "generic"),
              noMatch("It is a profitable company.")),
          CueRule.generic("cue.loss", true, "loss(?:es)?|deficits?",
              match("The operating result was a [[loss]] of EUR 1.6 mn .", "generic"),
              match("Against a [[loss]] of EUR 3.3 mn a year before .", "generic"),
              match("It ran a [[deficit]] of $4 million.", "generic"),
              noMatch("The firm lowered its costs.")),
          // "Hartwell lost $12 million in the quarter": the verb states a net loss (evaluation
          // conventions); an income metric named before it still wins ("operating profit … lost").
          CueRule.lostVerb("cue.lost", Metric.NET_INCOME, "lost|losing|loses",
              match("The carrier [[lost]] $41 million in the first half.", "generic"),
              match("It turned a profit in 2010 after [[losing]] EUR 6.3 million in 2009 .", "generic"),
              match("Brightwater [[loses]] $2 million a month on the route.", "generic"),
              noMatch("It lowered its costs by $3 million."),
              noMatch("The losses were covered.")),
          // "It reported a loss of $26 million": a company's loss reported as such, with no income line
          // named, is its net loss, as "lost" is; a line named before or after still wins.
          CueRule.lostVerb("cue.reported_loss", Metric.NET_INCOME,
              "(?:reported|posted|recorded|booked|incurred|suffered|registered|swung\\s+to|slipped\\s+(?:to|into)|plunged\\s+(?:to|into)|fell\\s+(?:to|into)|turned\\s+to|narrowed|widened|trimmed|cut)"
                  + "\\s+(?:(?:a|an|its|their)\\s+)?(?:(?:quarterly|annual|half-year|half-yearly|full-year|first-half|second-half|first-quarter|second-quarter|third-quarter|fourth-quarter|bigger|smaller|wider|narrower|larger|steep|hefty)\\s+)?loss(?:es)?(?!\\s+(?:before|on)\\b)",
              match("Orbitex on Monday [[reported a loss]] of $26 million in its third quarter.", "generic"),
              match("The retailer [[narrowed its loss]] to $8 million in the first half.", "generic"),
              match("Kestrel [[swung to a loss]] of $3.1 million in 2020.", "generic"),
              match("The group [[posted a quarterly loss]] of EUR 4.2 mn .", "generic"),
              noMatch("It reported a pre-tax loss of $5 million."),
              noMatch("It reported a loss before tax of $5 million."),
              noMatch("The firm reported a net loss of $5 million."),
              noMatch("It reported losing customers.")).requiring("loss"),
          // "lost EUR 3.3 mn at the operating level": the phrase after the amount names the metric.
          CueRule.metric("cue.operating_level", Metric.OPERATING_INCOME,
              "at\\s+the\\s+operating\\s+level|on\\s+an?\\s+operating\\s+(?:basis|level)",
              match("The mill lost EUR 1.1 mn [[at the operating level]] in 2011 .", "operating_income"),
              match("It earned $4 million [[on an operating basis]].", "operating_income"),
              match("Kestrel broke even [[at the operating level]].", "operating_income"),
              noMatch("Operating costs fell.")),
          CueRule.of("cue.cagr", Role.CAGR, "compound(?:ed)?\\s+annual\\s+(?:growth\\s+rate|growth|rate\\s+of\\s+growth|rate)|CAGR"
                  + "|average\\s+annual\\s+growth(?:\\s+rate)?|(?:an\\s+)?average\\s+of(?=\\s+[\\d.]+\\s?(?:%|" + Lexicon.PERCENT_WORD + ")\\s+(?:a|per)\\s+year)",
              match("Sales rose at a [[compound annual growth rate]] of 31% since 2015.", "cagr"),
              match("Revenue grew at a [[CAGR]] of 17% since 2018.", "cagr"),
              match("A [[compounded annual growth]] of 9%.", "cagr"),
              match("Revenue grew at a [[compound annual rate]] of 9.4% .", "cagr"),
              match("Its revenue has grown by [[an average of]] 15 % a year .", "cagr"),
              noMatch("Annual growth was 5%.")),
          CueRule.of("cue.company_growth", Role.GROWTH,
              "(?<=(?:['’]s|\\b(?:its|their|our))\\s)(?:(?:annual|overall|top-line|topline|yearly)\\s+)?growth(?!\\s+(?:in|of|rate\\s+(?:in|of))\\b)",
              match("Razorpay’s [[growth]] slumped to 8.4% from 54%.", "growth"),
              match("The company's [[annual growth]] was 14% in 2019.", "growth"),
              match("Its [[growth]] slowed to 7% in 2020.", "growth"),
              noMatch("Its growth in subscribers slowed to 7%."),
              noMatch("Growth slowed to 7%.")).requiring("growth"),
          CueRule.of("cue.excluding", Role.SKIP,
              "(?:excluding|excl\\.|before(?!\\s+(?:income\\s+)?tax(?:es|ation)?\\b)|adjusted\\s+for|including|other\\s+than|net\\s+of)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:items?|charges|costs|one-offs|revenues?|sales|expenses)",
              match("Profit [[excluding non-recurring items]] rose.", "skip"),
              match("EBITDA [[before one-off items]] was EUR 5 mn .", "skip"),
              // "before tax" is the pre-tax blocker's: "Profit before tax and exceptional items of £57 million"
              noMatch("Profit before tax and exceptional items was £57 million."),
              match("Operating profit [[excluding restructuring costs]] was EUR 5 mn .", "skip"),
              match("Operating expenses, [[excluding cost of revenue]], were $92.3 million.", "skip"),
              noMatch("Net sales were EUR 5 mn .")).requiring("excluding", "excl.", "before", "adjusted", "including", "other", "net"),
          // "India sales grew 12 per cent": a country or region names a part of the company.
          CueRule.of("cue.region_sales", Role.BLOCK,
              "(?-i:" + REGIONS + ")\\s+(?:net\\s+)?(?:sales|revenues?|turnover)",
              match("Its [[India sales]] grew 14 per cent .", "block"),
              match("[[Europe revenue]] fell 3% to $81 million.", "block"),
              match("The [[North America net sales]] were $1.2 billion.", "block"),
              noMatch("Nokia sales rose 4 % ."),
              noMatch("Net sales in 2019 rose.")).requiring("sales", "revenue", "turnover"),
          // "Revenue from interactive products and services increased to $9.5 million": a product line.
          CueRule.of("cue.revenue_from_products", Role.BLOCK,
              "(?:revenues?|sales)\\s+from\\s+(?!operations|continuing|contracts\\s+with)(?:[\\p{L}&-]+\\s+){0,4}?"
                  + "(?:products?|services|licen[cs](?:es|ing)|subscriptions?|advertising|hardware|software|royalties)"
                  + "(?:\\s+and\\s+(?:services|products|solutions))?(?![\\p{L}])",
              match("[[Revenue from mobile products and services]] rose to $4 million.", "block"),
              match("[[Sales from licensing]] were EUR 2 mn .", "block"),
              match("[[Revenues from subscriptions]] grew 30% .", "block"),
              noMatch("Revenue from operations rose to Rs 210 crore ."),
              noMatch("Revenue from contracts with customers was $5 million.")),
          // "Net profits of companies listed on the exchange": a sum over many companies, no company's figure.
          CueRule.of("cue.aggregate", Role.BLOCK,
              "(?:(?:combined|aggregate|total)\\s+)?(?:net\\s+)?(?:profits?|revenues?|sales|earnings|income|turnover)\\s+of\\s+(?:(?!(?:its|our|their|group|company)(?![\\p{L}]))[\\p{L}’'-]+\\s+){0,4}?" + MANY_COMPANIES
                  + "|" + MANY_COMPANIES + "['’]\\s+(?:(?:combined|aggregate|total|overall)\\s+)?(?:net\\s+)?(?:profits?|revenues?|sales|earnings|income|turnover)",
              match("[[Net profits of companies]] traded on the exchange rose to EUR 4.1 billion.", "block"),
              match("[[Combined revenue of the country's five largest banks]] reached $12 billion.", "block"),
              match("Listed [[firms' combined net profit]] fell 3% to $80 billion.", "block"),
              noMatch("Net profit of the company rose to $5 million."),
              noMatch("Revenue of the group's companies is consolidated.")),
          // "net sales in the contract packaging distribution channel decreased 3.2%": a part of the company.
          CueRule.of("cue.sales_in_a_part", Role.BLOCK,
              // Lower-case words only: a capitalised name after "sales in" is the product-line blocker's.
              "(?:(?:net|total|gross)\\s+)?(?:sales|revenues?|turnover)\\s+(?:in|from)\\s+(?:the|our|its|their)\\s+(?:(?-i:[a-z&-]+)\\s+){1,4}?"
                  + "(?:channels?|segments?|divisions?|business(?:es)?|units?|operations|subsidiar(?:y|ies)|brands?|product\\s+lines?)(?![\\p{L}])",
              match("In 2022, [[net sales in the contract packaging distribution channel]] decreased 3.2%.", "block"),
              match("[[Revenue from the consumer products segment]] rose 8% to $40 million.", "block"),
              match("[[Sales in its retail operations]] fell 2%.", "block"),
              noMatch("Net sales in the first quarter rose 4%."),
              noMatch("Revenue of the company rose to $5 million.")),
          CueRule.of("cue.not_a_fact", Role.BLOCK,
              // Alternatives are tried in order at each position: the longer "sales of the Nordic" first.
              "(?:(?:net|total|gross)\\s+)?(?:sales|revenues?|turnover)\\s+of\\s+the(?=\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,2}?\\s+"
                  + "(?:operations|unit|units|division|business|segment|subsidiary|region|plant|mill|stores?)\\b)"
                  // "the decrease in G&A expenses of $1.8 million" is a change; "the increase in revenue to $96 million" is not.
                  + "|(?:increase|decrease|decline|rise|drop|improvement|reduction|change|impact|effect|deterioration)\\s+(?:in|on)\\s+(?:the\\s+|our\\s+|its\\s+)?"
                  + "(?:[\\p{L}-]+\\s+){0,4}?(?:revenues?|sales|turnover|profit|income|loss|EBITDA|EBIT|costs?|expenses?)"
                  + "(?=\\s+of\\s+(?:about\\s+|approximately\\s+|some\\s+|nearly\\s+|over\\s+|more\\s+than\\s+)?(?:[$€£¥₹(]|\\d(?![\\d.,]*\\s?(?:%|" + Lexicon.PERCENT_WORD + "))|(?-i:[A-Z]{3})\\b|[A-Z]\\$))"
                  + "|(?:revenues?|sales)\\s+(?:for|of|from)\\s+(?:our|its)\\s+(?:[\\p{L}&-]+\\s+){0,4}?(?:product\\s+lines?|divisions?|business(?:es)?|brands?|units?|segments?)"
                  + "|sales\\s+of\\s+(?:our|its|the\\s+company\\s*'s)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:product\\s+lines?|products?|brands?|ranges?|services?)"
                  + "|(?:(?:annual|monthly|annualized|annualised)\\s+)?recurring\\s+revenues?|\\bARR\\b|accumulated\\s+(?:deficit|losses)|retained\\s+earnings"
                  + "|(?:comparable|same[-\\s]store|like[-\\s]for[-\\s]like|organic)\\s+(?:net\\s+)?(?:sales|revenues?)"
                  // ("revenue from N345.6billion" is a compared figure with its currency sign, not a source)
                  + "|(?:revenues?|sales)\\s+from(?=\\s+(?!" + MONTHS + "|Q[1-4]|H[12]|FY|fiscal|continuing|(?:sales|operations)(?![\\p{L}])|\\p{Lu}[\\p{L}.]{0,4}\\$?[ \\u00a0]?\\d)(?-i:\\p{Lu}))"
                  + "|(?:net\\s+)?(?:income|profit|earnings|loss)\\s+attributable\\s+to\\s+(?:non-?controlling|minority)\\s+interests?"
                  // Only with its metric noun: a lone "per share" after "$0.21" must not label the next amount.
                  + "|(?:net\\s+)?(?:loss|income|profit|earnings|sales|revenues?)\\s+per\\s+(?:diluted\\s+|basic\\s+|common\\s+)?share"
                  + "|(?:net\\s+)?(?:sales|revenues?|turnover|profit)\\s+per\\s+(?!cent\\b)[\\p{L}-]+"
                  + "|revenue\\s+(?:ton|tonne|passenger|seat)[-\\s](?:miles?|kilomet(?:er|re)s?|km)"
                  + "|(?:net\\s+)?operating\\s+loss\\s+carry-?(?:forwards?|overs?)|NOLs?|tax\\s+credits?"
                  + "|(?:revenues?|sales)\\s+(?:comes?|came|derives?|derived|stems?)\\s+from|(?:majority|bulk|most|half|part|share)\\s+of\\s+(?:[\\p{L}’']+\\s+){0,2}?(?:revenues?|sales)"
                  // "gross operating profit" (the Italian "margine operativo lordo") is neither EBITDA nor operating profit as filed
                  + "|gross\\s+operating\\s+(?:profits?|income|results?|margins?)"
                  // adjusted variants with no line of their own: "Core profit was up 13 percent", "Normalized net income, which excludes …"
                  + "|(?:core|normali[sz]ed|recurring)\\s+(?:net\\s+)?(?:profits?|income|earnings)"
                  // "income from operations including other income": total income, no schema line
                  + "|(?:(?:total\\s+)?income|revenues?|(?:income|revenues?)\\s+from\\s+operations)\\s+(?:including|incl\\.)\\s+other\\s+income"
                  + "|pre-?tax\\s+(?:net\\s+)?(?:profit|income|earnings|loss|result)|(?:profit|income|earnings|loss|result)\\s+before\\s+(?:income\\s+)?tax(?:es|ation)?"
                  + "|(?:profit|loss|result|earnings)\\s+after\\s+financial\\s+items|earnings\\s+per\\s+(?:diluted\\s+)?share|EPS|dividends?"
                  + "|(?:(?:gross|operating|net|EBITDA|EBIT|profit|pre-?tax|contribution)\\s+)?margins?|profitability"
                  + "|market\\s+share|share\\s+of\\s+(?:net\\s+)?(?:sales|revenues?)|(?:net\\s+)?cash(?:\\s+flows?)?|operating\\s+activities|working\\s+capital"
                  + "|capital\\s+expenditures?|capex|net\\s+debt|order\\s+(?:intake|backlog|book)|new\\s+orders|backlog"
                  + "|(?:gain|loss)\\s+on|one-offs?|one-time\\s+\\p{L}+|impact|charges?|restructuring(?:\\s+(?:expenses|costs|charges))?|impairments?|write-?(?:downs?|offs?)"
                  + "|selling,?\\s+general\\s+and\\s+administrative(?:\\s+(?:expenses?|costs?))?|SG&A|income\\s+tax(?:es)?|tax(?:es)?\\s+expense"
                  // revenue from some customers, a concentration: "revenue from customers representing 10% or more"
                  + "|(?:revenues?|sales)\\s+(?:from|to)\\s+(?:(?:our|its|their|the)\\s+)?(?:one|two|three|four|five|ten|a\\s+few|certain|major|significant|large|larger|largest|key|top)(?:\\s+\\p{L}+)?\\s+customers?"
                  // lines of the financing result: "Finance costs rose 10.5% to RM44.46 million"
                  + "|(?:net\\s+)?financ(?:e|ing)\\s+(?:costs?|charges|expenses?|income)|interest\\s+(?:expenses?|costs?|income|paid)|borrowing\\s+costs"
                  + "|internal\\s+revenue\\s+service|revenue\\s+passenger|revenue\\s+recognition|(?:deferred|unearned)\\s+revenues?"
                  + "|sales\\s+(?:gain|volumes?|network|force|team|office|people|staff)|(?:total\\s+)?assets|equity|liabilities|share\\s+capital|market\\s+cap(?:itali[sz]ation)?"
                  + "|(?:contract|deal|investment|acquisition|purchase|price|order)\\s+(?:worth|value|valued)"
                  + "|sales\\s+of(?=\\s+(?!(?:about|approximately|around|some|over|more\\s+than|nearly|almost|roughly|up\\s+to|less\\s+than|under|only|just|a\\s+record|the|its|our|their|this|that|these|those|EUR|USD|euro)\\b)(?-i:[a-z]))"
                  // The lookahead first, so that most positions fail before the long word list is tried.
                  + "|(?=(?-i:[a-z][a-z-]+)\\s+(?:sales|revenues?|turnover))(?!(?:" + SALES_MODIFIERS + ")\\s)(?![a-z-]*(?:quarter|year|half|month|annual|period|time)\\s)(?-i:[a-z][a-z-]+)\\s+(?:sales|revenues?|turnover)"
                  + "|(?:as\\s+a\\s+)?(?:percentage|percent|proportion|share)\\s+of\\s+(?:(?:total|net|gross|consolidated|our|its)\\s+)*(?:revenues?|sales|turnover)"
                  // "customers representing 10% or more of the consolidated revenue": a share of it
                  // ("41% of total revenue of $761.0 million" names the whole, which is a fact)
                  + "|(?<=%\\s|%|\\spercent\\s)(?:or\\s+(?:more|less)\\s+)?of\\s+(?:the\\s+)?(?:(?:total|net|gross|consolidated|our|its)\\s+)*(?:revenues?|sales|turnover)(?!\\s+of\\b)"
                  + "|(?=\\p{Lu})(?-i:\\p{Lu}[a-z]+(?:an|ish|ese|ic))\\s+(?:net\\s+)?(?:sales|revenues?|turnover)"
                  // A sentence that opens with "Subscription revenue" or "Product sales" is about a product line.
                  + "|^(?!(?:" + SALES_MODIFIERS + "|" + MONTHS + ")\\s)(?![\\p{L}-]*(?:quarter|year|half|month|annual|period|time)\\s)(?-i:\\p{Lu}[a-z-]+)\\s+(?:sales|revenues?|turnover)"
                  + "|(?:(?:net|total|gross)\\s+)?(?:sales|revenues?|turnover)\\s+in(?=\\s+(?:the\\s+)?(?!" + MONTHS + "|Q[1-4]|H[12]|FY|(?:First|Second|Third|Fourth|Fiscal|Full|Financial|Quarter|Half|Year|Nine|Six|Three)(?![\\p{L}]))(?-i:\\p{Lu}))",
              match("It booked a [[pretax profit]] of EUR 41 million.", "block"),
              match("The [[gross operating profit]] for the period amounts to €242.2 million.", "block"),
              match("[[Core profit]] was up 13 percent to P5.8 billion.", "block"),
              match("[[Normalized net income]], which excludes unusual gains or losses, was 939,520 rials.", "block"),
              match("[[Income from operations including other income]] was Rs.556.62 lacs.", "block"),
              match("[[Earnings per share]] amounted to EUR1 .37 .", "block"),
              match("The [[EBITDA margin]] was 33 % .", "block"),
              match("The [[operating margin]] stood at 11 pct .", "block"),
              match("[[Net cash]] from operations reached $31.5 million.", "block"),
              match("Its [[cider sales]] in the summer rose by 8.1 percent.", "block"),
              match("The [[sales of]] new passenger cars declined by 5.4 % .", "block"),
              match("[[Selling, general and administrative expense]] grew $2.2 million.", "block"),
              match("Its [[subscription revenue]] grew 12% in 2019.", "block"),
              match("[[Product revenue]] was $5 million in 2019.", "block"),
              match("The company's [[Russian sales]] rose 8 % .", "block"),
              match("[[Sales in]] Finland rose 5 % in 2009 .", "block"),
              match("[[Net sales in]] Russia grew by 35 % to EUR 15.8 mn in 2007 .", "block"),
              match("[[Net sales of the]] Nordic unit rose to EUR 4 mn .", "block"),
              match("The [[decrease in gross profit]] of $7.3 million was driven by mix.", "block"),
              match("[[Sales of our flagship product line]] were $210.4 million.", "block"),
              match("[[Annual recurring revenue]] reached $184 million.", "block"),
              match("Total revenue rose 12% to $40 million, with [[recurring revenue]] up 18 per cent.", "block"),
              match("[[Revenues for our Software and Services product line]] totaled $233.1 million.", "block"),
              match("[[Comparable sales]] decreased 1.5% in the fourth quarter.", "block"),
              match("We had an [[accumulated deficit]] of $142.6 million.", "block"),
              match("[[Revenue from]] India grew 24% in FY19.", "block"),
              noMatch("Revenue from Sales for Q3/2019 was 415.68 million baht."),
              noMatch("Zenith followed with 404.76billion in revenue from N345.6billion a year earlier."),
              noMatch("Revenue from customers grew 5% to $12 million."),
              noMatch("Norwell Reports Higher Revenue in the Third Quarter"),
              match("[[Finance costs]] rose 10.5% to RM44.46 million.", "block"),
              match("[[Revenue from major customers]] was $10.7 million.", "block"),
              match("Revenue from customers representing 10% [[or more of the consolidated revenue]] was $10.7 million.", "block"),
              noMatch("Revenue rose 10% to $10.7 million."),
              match("[[Sales to our two largest customers]] were $4 million.", "block"),
              match("We incurred a [[pre-tax net loss]] of $66.10 million.", "block"),
              match("[[Interest expense]] fell to $3.1 million.", "block"),
              match("[[Net financing costs]] were EUR 2 mn .", "block"),
              match("[[Net income attributable to noncontrolling interests]] was $3.2 million.", "block"),
              match("[[Sales of the]] paper business totalled EUR 640 mn .", "block"),
              match("[[Net loss per share]] was $(0.38) for 2019.", "block"),
              match("[[Net sales per employee]] were EUR 185,000 .", "block"),
              match("[[Revenue per subscriber]] rose 4% to $12 .", "block"),
              match("[[Revenue passenger-miles]] grew 6 percent.", "block"),
              match("It has [[net operating loss carryforwards]] of $51.2 million.", "block"),
              match("Research [[tax credits]] of $12 million were netted.", "block"),
              match("Its [[revenue comes from]] leasing, which rose 8% to $91 million.", "block"),
              match("The [[bulk of the group's sales]] rose.", "block"),
              noMatch("Revenue rose 12 per cent to $40 million."),
              match("R&D expenses [[as a percentage of revenue]] fell to 11% in 2019.", "block"),
              noMatch("Its net sales rose 10 % ."),
              noMatch("Third-quarter sales in January-March rose."),
              noMatch("Its full-year revenue and total revenue grew."),
              noMatch("Full-year revenue grew."),
              noMatch("Net sales of the Lemminkainen group decreased by 12.4 % ."),
              noMatch("Total revenue grew.")));
}
