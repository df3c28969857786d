// Common family and given names of countries whose published name lists (faker's locales) are not in Latin
// script, written here in the romanizations news in English uses. Lists of facts (which names are common),
// compiled for Lede; used only at build time by scripts/lib/name-lists.ts.

/** Family names: Chinese (pinyin, Wade-Giles, Cantonese), Korean, Japanese, Vietnamese, Thai, Arabic, Persian,
 * Hebrew, South Asian. */
export const ROMANIZED_SURNAMES = `
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo lin gao luo zheng liang xie song tang
han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du cheng wei su lu ding ren shen yao
jin fu zhong lei kong bai cui qiu qin xue yan duan hou shao meng long wan gu lai wen mao hao qian dai xiong
xi jia fang shi wong chan cheung leung lau ng ho tsang tse yip kwok lam chow chu tsai hsu chiang
chang lee kuo hsieh tseng yeh lo kao ko chao teo tan lim goh ong koh chua ang
kim park choi jung jeong chung kang cho jo yoon yun jang chang lim im han seo suh shin kwon hwang ahn
song yoo yu hong jeon chun ko moon mun yang son bae baek paik heo huh nam noh roh kwak gwak sung
cha joo ju woo koo gu min ryu yoo jin
sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki yamaguchi
matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda hashimoto yamashita ishikawa nakajima maeda
fujita ogawa goto okada hasegawa murakami kondo ishii saito sakamoto endo aoki fujii nishimura fukuda ota
miura fujiwara okamoto matsuda nakagawa nakano harada ono tamura takeuchi kaneko wada nakayama ishida ueda
morita hara shibata sakai kudo yokoyama miyazaki miyamoto uchida takagi ando taniguchi ohno maruyama imai
takada fujimoto takeda murata ueno sugiyama masuda sugawara hirano otsuka koizumi kishida suga noda aso
hatoyama kan fukuda obuchi hosokawa takeshita nakasone ozawa edano motegi hayashi kono
nguyen tran le pham hoang huynh phan vu vo dang bui ngo duong ly dinh trinh truong mai lam luong
shinawatra chan-ocha prayut thaksin srisuk wongsawat
al-assad assad hussein hassan hussain ali ahmed ahmad mohammed muhammad mohamed abdullah abdallah ibrahim
khalil mahmoud mahmud mustafa mostafa omar umar youssef yusuf saleh salih nasser nasr haddad khoury khouri
hariri aoun gemayel jumblatt berri mikati siniora nasrallah abbas haniyeh mashal arafat barghouti erekat
qureshi siddiqui rahman rehman chaudhry chaudhary malik khan sharif bhutto zardari butt akhtar aziz anwar
hamad al-thani al-saud bin salman saud khashoggi al-sisi sisi mubarak morsi gaddafi qaddafi haftar
maliki abadi sadr sistani kadhimi barzani talabani allawi zebari erdogan davutoglu
khamenei khomeini rouhani raisi ahmadinejad zarif rafsanjani khatami mousavi karroubi larijani ghalibaf
araghchi pezeshkian jalili soleimani
netanyahu gantz lapid bennett herzog peres rabin sharon olmert barak livni lieberman liberman smotrich
ben-gvir gallant eisenkot yadlin katz cohen levi levy mizrahi peretz biton friedman shapiro goldberg
singh kumar sharma gupta patel shah mehta reddy rao iyer nair menon pillai das bose banerjee chatterjee
mukherjee ghosh sen dutta chakraborty roy mishra pandey tiwari dubey shukla srivastava verma yadav jain
agarwal aggarwal joshi kulkarni deshpande patil chavan pawar gandhi modi nehru vajpayee advani jaitley
kejriwal thackeray naidu stalin karunanidhi jayalalithaa adani ambani tata birla
sharif imran bajwa munir shehbaz
rajapaksa wickremesinghe sirisena premadasa dissanayake
hasina zia wazed yunus
`;

/** Given names in the same romanizations (the US lists hold few of them). */
export const ROMANIZED_GIVEN = `
mohammed muhammad mohamed mohammad ahmed ahmad ali hassan hussein hussain omar umar khalid khaled abdullah
abdul abdel abdulaziz abdulrahman ibrahim ismail yusuf youssef mustafa mahmoud hamid hamza tariq tarek bashar
hafez rafik rafic saad fahd faisal salman sultan nawaf walid waleed jamal kamal karim nabil nabih samir
sami ziad hosni anwar gamal hazem osama usama ayman yasser yasir saeb marwan mahmoud mohsen hassan hossein
javad mohsen ebrahim masoud mahmoud akbar ali-akbar hashem qassem ghassan fatima aisha ayesha mariam maryam
zainab khadija layla leila noor nour rania hanan huda amal yasmin yasmine samira salma
benjamin yair naftali itamar bezalel avigdor yoav gadi ehud shimon yitzhak ariel tzipi golda moshe
narendra rahul sonia indira rajiv manmohan arvind amit nirmala smriti yogi mamata uddhav sharad lalu
nitish akhilesh mayawati priyanka shashi jaishankar subrahmanyam piyush
imran nawaz shehbaz asif benazir bilawal maryam pervez
jinping qiang keqiang jintao jiabao xiaoping zedong enlai zemin chunying lijian
jong-un yo-jong il-sung jong-il jae-in suk-yeol jae-myung geun-hye chung-hee myung-bak
shinzo fumio yoshihide junichiro taro yukio naoto yoshihiko shigeru sanae
minh chinh trong thuong
thaksin yingluck prayut paetongtarn srettha
vladimir sergei sergey dmitry dmitri alexei aleksei alexey mikhail nikolai nikolay yevgeny evgeny yuri
igor oleg boris andrei andrey ivan pavel viktor volodymyr vitali vitaliy oleksandr oleksiy petro yulia
ramzan maria olga natalia natalya tatiana tatyana svetlana yekaterina ekaterina irina elena yelena
`;
