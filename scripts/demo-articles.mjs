// The demo site's articles: fictional news about fictional people in a fictional city, written for
// this project (no outside text). Paragraphs are plain text; "\n" never appears inside one.
// Stories: a transit strike over four days (Nov 16–19, 2026), a battery plant (Kestrel Grid),
// a flood wall, and a column that looks back on all of them.

export const SITE = {
  name: "The Aldery Ledger",
  short: "Ledger",
  city: "Port Aldery",
};

export const articles = [
  {
    slug: "kestrel-grid-battery-plant-shipyard",
    section: "Business",
    story: "kestrel",
    date: "2026-11-12T08:30:00-05:00",
    authors: ["Nadia Haddad"],
    title: "Kestrel Grid to build battery plant on old Port Aldery shipyard",
    dek: "The company says the plant would employ 1,400 people by 2029. Critics want to see the water plan first.",
    caption:
      "The disused Calder shipyard, where Kestrel Grid plans to build its plant. (Ledger file photo)",
    paragraphs: [
      "Kestrel Grid, the battery maker based in Port Aldery, said on Thursday that it would build its largest factory yet on the disused Calder shipyard, a 60-acre site on the city’s east bank that has stood empty since 2019.",
      "Hiroshi Tanabe, the company’s chief executive, announced the plan at a news conference beside the old dry dock. “This is where ships were built for a hundred years, and this is where the batteries for the next hundred will be made,” Tanabe said.",
      "The plant would cost about $2.1 billion and employ 1,400 people when it reaches full output, which the company expects in 2029. Construction could begin next spring if the city council approves a change to the site’s zoning.",
      "Mayor Adaeze Okafor, who has courted the company for more than a year, called the announcement “the best news this waterfront has had in a generation.” She said the city would ask for a binding agreement on local hiring before the council votes.",
      "Not everyone was ready to celebrate. Tomasz Wiśniewski, who represents the east bank on the council, said residents had not yet seen how much river water the plant would draw. “I am not against jobs. I am against signing first and reading later,” he said.",
      "Governor Eleanor Whitcombe said in a statement that the state would offer $180 million in tax credits, spread over ten years, if the plant opens on schedule.",
      "Tanabe, 54, founded the company in a rented garage in 2011 with Priya Raghunathan, now its chief financial officer. Raghunathan said the company would pay for the plant with cash it has on hand and a loan from a group of regional banks.",
      "The council’s planning committee is expected to take up the zoning request next month.",
    ],
    comments: [
      [
        "eastbank_jo",
        "My grandfather welded hulls at Calder. Good to see something come back.",
      ],
      ["R. Lindqvist", "Ask where the water comes from before you cheer."],
    ],
  },
  {
    slug: "council-approves-harbour-flood-wall",
    section: "City",
    story: "floodwall",
    date: "2026-11-14T18:05:00-05:00",
    authors: ["Kwame Asante"],
    title: "Council approves harbour flood wall after a decade of debate",
    dek: "The 3.2-kilometre wall will protect the east bank from storm surges. Work starts in the spring.",
    caption:
      "Water over the harbour promenade during the storm of October 2019. (Kwame Asante / Ledger)",
    paragraphs: [
      "The Port Aldery city council voted 9 to 2 on Saturday to build a flood wall along the harbour, ending a fight that began after the storm of 2016 and grew louder after the floods of October 2019.",
      "The wall, 3.2 kilometres long and up to four metres high, will run from the ferry terminal to the mouth of the Calder River. It is expected to cost $640 million, about a third of it paid by the federal government.",
      "“We have talked about this wall through two mayors, three storms and more public meetings than I can count,” Mayor Adaeze Okafor said after the vote. “Tonight we stopped talking.”",
      "Councillor Tomasz Wiśniewski, whose east bank ward flooded twice in the past decade, voted for the plan but warned that it must not cut residents off from the water. He has pushed for gates and stairs every few hundred metres. “A wall that keeps the sea out should not keep the neighbourhood in,” he said.",
      "The two votes against came from councillors who said the city should wait for a new state study of sea levels, due next year.",
      "Engineers from the firm Baptiste & Ng, which designed the wall, told the council last week that the first section, near the ferry terminal, could be finished by the end of 2027.",
      "Governor Eleanor Whitcombe praised the vote. In a statement, she said the state would “stand with Port Aldery on every metre of this wall.”",
      "The plan also sets aside land near the old Calder shipyard, where the battery maker Kestrel Grid announced a factory on Thursday. Company officials said the wall would protect the site and did not change their plans.",
    ],
    comments: [
      ["harbourwatcher", "Finally. My basement thanks you."],
      ["M. Oyelaran", "Gates every few hundred metres is the right call."],
    ],
  },
  {
    slug: "transit-workers-vote-to-strike",
    section: "City",
    story: "strike",
    date: "2026-11-16T07:15:00-05:00",
    authors: ["Lucía Benítez"],
    title: "Transit workers vote to strike as pay talks stall",
    dek: "The union says buses and ferries could stop on Wednesday unless the city improves its offer.",
    caption:
      "Bus drivers leave the union hall on Sunday after the vote. (Lucía Benítez / Ledger)",
    paragraphs: [
      "Port Aldery’s bus and ferry workers voted on Sunday to strike, raising the prospect that the city’s public transport could stop as early as Wednesday.",
      "Of the 2,300 members of the Aldery Transit Workers Union who voted, 87 per cent backed a strike, the union said. Its president, Maria Luísa Fernandes, said the result showed how far apart the two sides remained after six weeks of talks.",
      "“Our members kept this city moving through a pandemic, through floods, through every winter. They are asking for wages that let them live in the city they drive,” Fernandes said. “That is not too much to ask.”",
      "The union wants raises of 6 per cent a year for three years. The city has offered 3 per cent a year and a one-time payment of $1,500.",
      "Mayor Adaeze Okafor said she was disappointed by the vote but still hoped to reach a deal. She said the city could not afford the union’s demands without cutting service or raising fares. “Nobody wins a strike,” she said. “Least of all the people who wait at the bus stop.”",
      "The last transit strike in Port Aldery, in 2019, lasted eleven days.",
      "Samuel Mensah, an economist at Aldery State University who studies city budgets, said both sides had reasons to settle quickly. “The city loses fare revenue every day the buses sit, and the workers lose pay,” he said. “The longer it goes, the harder it is for anyone to say they won.”",
      "Talks are scheduled to resume on Monday afternoon.",
    ],
    comments: [
      ["commuter_88", "I support the drivers, but I also have to get to work."],
      ["Ines P.", "Pay them. The ferry crews work brutal hours."],
      ["dtran", "Here we go again, 2019 all over."],
    ],
  },
  {
    slug: "mayor-okafor-new-offer-strike-looms",
    section: "City",
    story: "strike",
    date: "2026-11-17T21:40:00-05:00",
    authors: ["Lucía Benítez", "Kwame Asante"],
    title: "Mayor Okafor makes new offer as transit strike looms",
    dek: "The city raises its pay offer to 4 per cent. The union calls it a step, not a deal.",
    caption:
      "Mayor Adaeze Okafor speaks to reporters at City Hall on Tuesday. (Kwame Asante / Ledger)",
    paragraphs: [
      "Mayor Adaeze Okafor on Tuesday raised the city’s pay offer to transit workers, hours before a strike was set to begin, but union leaders said the new terms were still not enough.",
      "The city now offers raises of 4 per cent a year for three years, up from 3 per cent, along with the one-time payment of $1,500 it proposed last week. Okafor said the offer was “the most this city can pay without taking buses off the road.”",
      "Maria Luísa Fernandes, president of the Aldery Transit Workers Union, said the offer was a step in the right direction. She said her members would walk out at 4 a.m. on Wednesday unless the city moved further.",
      "“We have been at this table since the first week of October,” she said. “If the mayor can find one more per cent on the night before a strike, she could have found it a month ago.”",
      "Councillor Tomasz Wiśniewski urged both sides to keep talking through the night. He said he had spoken with drivers in his ward who feared losing pay before the holidays. “Nobody I talked to wants to strike,” he said. “They want to be heard.”",
      "Okafor said she would not raise fares to pay for the deal. Asked where the money would come from, she pointed to savings in the city’s fleet budget and to the tax revenue she expects from the Kestrel Grid battery plant, which the company announced last week.",
      "Hiroshi Tanabe, Kestrel Grid’s chief executive, declined to comment on the talks.",
      "The city’s ferry service will stop at midnight if the strike goes ahead, and officials urged commuters to plan for delays on the roads and on the Calder bridges.",
    ],
    comments: [
      [
        "ferryfan",
        "Counting on battery tax money that does not exist yet seems risky.",
      ],
      ["Olu A.", "One more per cent. Just do it."],
    ],
  },
  {
    slug: "buses-stop-as-strike-begins",
    section: "City",
    story: "strike",
    date: "2026-11-18T11:20:00-05:00",
    authors: ["Lucía Benítez"],
    title: "Buses and ferries stop across Port Aldery as strike begins",
    dek: "Commuters crowded the bridges on Wednesday morning. Talks resume in the afternoon.",
    caption:
      "Pickets outside the Harbour Street depot on Wednesday. (Lucía Benítez / Ledger)",
    paragraphs: [
      "Buses stayed in their depots and ferries at their moorings on Wednesday as Port Aldery’s transit workers began their first strike since 2019, leaving tens of thousands of commuters to walk, cycle or drive.",
      "Traffic on the two Calder bridges backed up for more than an hour during the morning rush, the city said. Several schools on the east bank reported that a quarter of their students were absent.",
      "Pickets gathered outside the Harbour Street bus depot before dawn. Maria Luísa Fernandes, the union’s president, joined them at 5 a.m. She said the strike would last “exactly as long as the city wants it to.”",
      "Speaking to reporters outside the depot, she described the mood among members:",
      "“People are tired. Some of them have worked double shifts for a year because the city would not hire enough drivers.",
      "“They are not angry at the riders. They ride these buses too. Their children take them to school.",
      "“What they want is simple: a wage that keeps up with rent. Give them that and the buses are back tomorrow.”",
      "Mayor Adaeze Okafor said the city would return to the table at 2 p.m. She said she had asked a mediator, the retired judge Dolores Achterberg, to help. “I want this over tonight, not next week,” Okafor said.",
      "Samuel Mensah, the Aldery State economist, estimated that each day of the strike costs the city about $400,000 in lost fares and overtime. He said the 2019 strike had cost more than $5 million in total.",
      "Councillor Tomasz Wiśniewski walked the picket line in the morning and then crossed the river to City Hall. He said he hoped to be “the bridge between the two sides, since the real bridges are jammed.”",
    ],
    comments: [
      [
        "walked_3km",
        "Walked to work today. It was actually nice. Still want the buses back.",
      ],
      [
        "A. Sato",
        "Judge Achterberg settled the port dispute in 2021. Good choice.",
      ],
    ],
  },
  {
    slug: "kestrel-grid-shares-fall-tanabe-costs",
    section: "Business",
    story: "kestrel",
    date: "2026-11-18T16:50:00-05:00",
    authors: ["Nadia Haddad"],
    title: "Kestrel Grid shares fall after Tanabe warns of higher costs",
    dek: "The chief executive says the shipyard plant will cost more than planned. The stock drops 9 per cent.",
    caption:
      "Hiroshi Tanabe at the company’s investor day. (Nadia Haddad / Ledger)",
    paragraphs: [
      "Shares of Kestrel Grid fell 9 per cent on Wednesday after its chief executive, Hiroshi Tanabe, told investors that the battery plant the company plans to build on the old Calder shipyard would cost more than it said last week.",
      "Speaking at the company’s annual investor day, Tanabe said the price of the plant could rise to $2.4 billion from $2.1 billion because of higher prices for steel and for the machines that make battery cells. He said the plan itself had not changed.",
      "“We are building it. We are building it here. It will cost what it costs to build it well,” he said.",
      "Priya Raghunathan, the chief financial officer, said the company would not sell new shares to pay for the difference. She told analysts that Kestrel Grid had about $900 million in cash at the end of September and expected to borrow the rest.",
      "Some investors were not reassured. “Last week it was $2.1 billion, this week it is $2.4 billion,” said Henrik Solberg, a fund manager at Nordlys Capital, which owns shares in the company. “I would like to know what it will be next week.”",
      "Samuel Mensah, an economist at Aldery State University, said the city should be careful about counting on tax revenue from a plant that is not yet built. On Tuesday, Mayor Adaeze Okafor pointed to that revenue as one way to pay for a new contract with the city’s transit workers, who went on strike on Wednesday.",
      "“The plant may be a very good thing for the city,” Mensah said. “But a promise of future taxes is not money in the bank.”",
      "A spokesperson for the mayor said the city’s offer to transit workers did not depend on the plant.",
    ],
    comments: [
      [
        "longterm_holder",
        "Bought more. Costs rise, the plant still gets built.",
      ],
    ],
  },
  {
    slug: "strike-ends-after-overnight-talks",
    section: "City",
    story: "strike",
    date: "2026-11-19T06:10:00-05:00",
    authors: ["Lucía Benítez", "Kwame Asante"],
    title: "Transit strike ends after overnight talks; deal goes to a vote",
    dek: "Buses will run again on Thursday. Workers will vote on a contract with 5 per cent raises.",
    caption:
      "Union president Maria Luísa Fernandes and Mayor Adaeze Okafor after the deal. (Kwame Asante / Ledger)",
    paragraphs: [
      "Port Aldery’s transit strike ended early on Thursday after the city and the union agreed on a new contract in talks that ran through the night, and buses were expected back on their routes by mid-morning.",
      "The deal gives bus and ferry workers raises of 5 per cent a year for three years, the one-time payment of $1,500 the city offered last week, and a promise to hire 120 more drivers by the end of next year. Union members will vote on it on Saturday.",
      "Maria Luísa Fernandes, the union’s president, announced the deal shortly after 4 a.m. “It is not everything we asked for,” she said. “But it is a contract our members can live on, and I will recommend it.”",
      "Mayor Adaeze Okafor thanked the mediator, Dolores Achterberg, and the union’s negotiators. She said the city would pay for the raises through savings in its fleet budget and would not raise fares in 2027. Asked whether the money depended on the Kestrel Grid plant, she said it did not.",
      "The strike lasted about 26 hours, far shorter than the eleven-day strike of 2019.",
      "Councillor Tomasz Wiśniewski, who spent much of Wednesday night at City Hall, said the deal showed that the city could settle hard disputes quickly when both sides were in the same room. He said he would ask the council to look at driver shortages before the next contract, due in 2029.",
      "Samuel Mensah, the Aldery State economist, said the deal would add about $14 million a year to the city’s costs by its third year. “That is real money, but it is less than the city would have lost to a long strike,” he said.",
      "Ferries will resume on their normal schedule on Friday.",
    ],
    comments: [
      ["commuter_88", "Good. Thank you to everyone who stayed up all night."],
      ["Ines P.", "120 new drivers is the part that matters."],
    ],
  },
  {
    slug: "what-the-strike-taught-port-aldery",
    section: "Opinion",
    story: "strike",
    date: "2026-11-20T09:00:00-05:00",
    authors: ["Farida Rahimi"],
    title: "What a 26-hour strike taught Port Aldery",
    dek: "The buses are back. The questions about how the city pays its bills are not going away.",
    caption:
      "The Harbour Street depot on Thursday morning, as buses rolled out again. (Ledger)",
    paragraphs: [
      "On Thursday morning the buses came back, and by lunchtime Port Aldery had mostly stopped talking about the strike. That is a pity, because the week said a great deal about how this city works.",
      "Start with the speed of it. In 2019 the city and its transit workers needed eleven days to settle. This time it took a day and a night. Part of the credit belongs to Dolores Achterberg, the retired judge who mediated. Part belongs to Maria Luísa Fernandes, who led the union with a clear number and never pretended it was anything else.",
      "And part belongs to Mayor Adaeze Okafor, who moved from 3 per cent to 5 per cent in less than a week. Her critics call that a retreat. I would call it listening, even if it came late.",
      "When I asked Fernandes on Thursday what had changed overnight, she took a long time to answer. “The mayor stopped talking to us about what the city could not afford,” she said, “and started talking about what the drivers could not afford.”",
      "The harder question is the money. On Tuesday the mayor pointed to future tax revenue from the Kestrel Grid battery plant. On Wednesday the company’s chief executive, Hiroshi Tanabe, told investors the plant would cost $300 million more than planned, and its shares fell. By Thursday the mayor’s office said the deal did not depend on the plant at all.",
      "Maybe it does not. But Samuel Mensah, the economist at Aldery State, has been saying for years that the city budgets as if every promise were a payment. He said it again this week, and he was right.",
      "Councillor Tomasz Wiśniewski wants the council to study the driver shortage before the next contract in 2029. He should go further and ask for a plain account of what the flood wall, the transit deal and the shipyard will cost the city over the next decade, on one page, in numbers anyone can read.",
      "Farida Rahimi writes about Port Aldery’s politics every Friday.",
    ],
    comments: [
      ["eastbank_jo", "One page, in numbers anyone can read. Yes please."],
      [
        "D. Mbeki",
        "Good column. The flood wall money worries me more than the strike.",
      ],
    ],
  },
];
