package cn.gongkai.source.report;

import java.util.HashMap;
import java.util.Map;

/**
 * A small traditional → simplified table for the characters that occur in report headings, table labels,
 * place names and the common words around them. Some portals publish machine-converted traditional text
 * (web excerpts 014, 017); reading it as simplified lets one set of labels serve both. Only characters whose
 * simplified form is unambiguous are listed.
 */
final class TraditionalChars {
    private static final String TRADITIONAL =
            "總體況據華國開條簡稱規佈報級務資訊編說數統計時縣門戶網閱載諮詢請與鎮黨辦聯郵編電話傳項內發廢現處決"
            + "許罰強費單萬業結轉區類機構團織屬於險穩護權過執補確訪舉訴複復議訟維糾審撫遠斷傳會實則著潔效參監督"
            + "礦產劃龍臺並為這個們從來對當應與幾無關係書長門間問題進運還邊達遲選遞遺邏適連週違導將專尋對壇場聲"
            + "裡準備價値值優傷陽陰隊際險雙雜難電靈靜響頁頂須領頭題顯風飛養館馬驗體髮鬥鬧魚鳥鳳麥黃點齊龍齡壽夠"
            + "廣廳廠庫應廢彙張強歸錄徑從徵態總戰戲據擇擊擔擁擬擴擾攝敗敵數斷於時晉書會東條來標樣樹橋機檢樓權歲歷"
            + "殘氣漢滿漲準濟灣災為烏無燈營爭狀獨獲環現瑪產畫當發盡監盤眾碼礎禮禦離種稅穩窮競筆節範築簡類紀約級紅"
            + "納紐純紙細終組經結給絡統絲綜綠維網綱緊線編緣練縣縮總績繩繼續罰羅義習聖聞聯聲職聽脅腦興舉艦藝萬葉蓋"
            + "薦藍蘇虛號蟲術衛補製複襲覆規視親覺覽觀計訂訊討訓託記訪設許訴診詞試詩該詳認誤說誰課調談請論諸謀謝證"
            + "識警議護讀變讓豐負財貢貧貨販責貯貴費貼貿資賓賞賠賣質購賽趕趨跡踐蹤車軍軌軟較載輔輕輛輝輪輸辦辭農邊"
            + "郵鄉鄰醫釋針鈴鋼錄錢錯鍵鎮鐵長開閉間閣闊閱闆隊陣陳陸險隨隱隸雖雙雞離雲電鞏韓頒順頗預頓頻顆顧顯類飯"
            + "飲飾餘館駐騎驅驗驚體鬆齒壓壞壩墊墳處備復夢夾奪奮婦婁嬰寧實審寫寬寶將專尋導屆屬層岡島嶺峽巖幣幫師帶"
            + "幹廬廟廣彈徹態慣慮慶憂憑憶應懷戀戶拋挾捨掃掛採換揚損搖搶據擋擔擬擾攜攤敘斃昇晝暫曆曉構槍樂樞橫欄歐"
            + "殺毀氣決沒況泛洩涇淚淨淺渦測渾湯溝滅滬漁漸潛潤澀澤濃濕濱瀏灑爐爺牆牘犧狹猶獄獎獻玀瑣璽瓊甌畢畝異"
            + "療癒皺盜睜矚礙祿禍禪稱穀積穫竄竊競筍箋箏簽籃籌籤粵糧糾紛紋紡索紮紹絆絕絞綁綏綢綫緒緝締緩緯縫縱繁繞"
            + "繡纖纜罷羥翹聳膚膠臘臟臨舊艙艱芻莊莖華萊蒼蔣蕭薩藥蘆蘭虜蝕蠶衝袞裝褲襖訛訣註詐評詛詠詭誇誌誠誣誦"
            + "誕諾謊謎謙講謹譯譽讚貞貫貳貶貸賀賄賊賑賦賬賭賴賺贈贊趙跤蹌躍軀軒軸轄轉轟辯逕遜遞遠遙鄒醞醬釀鈔鈕"
            + "鉛銀銅銘銜銳銷鋪鋒鋸錦錫鍋鍛鎊鎖鏈鏡鐘鑄鑑鑰閃閑閘閩闡闖隕隴雋雛雜雕霧霸靂韋韌韻響頌頑頸頹顏顛颱"
            + "飄飽餅餓騙騰驕驢鬱鯉鯨鴨鴻鵬鶴鷹麗黨齋";
    private static final String SIMPLIFIED =
            "总体况据华国开条简称规布报级务资讯编说数统计时县门户网阅载咨询请与镇党办联邮编电话传项内发废现处决"
            + "许罚强费单万业结转区类机构团织属于险稳护权过执补确访举诉复复议讼维纠审抚远断传会实则着洁效参监督"
            + "矿产划龙台并为这个们从来对当应与几无关系书长门间问题进运还边达迟选递遗逻适连周违导将专寻对坛场声"
            + "里准备价值值优伤阳阴队际险双杂难电灵静响页顶须领头题显风飞养馆马验体发斗闹鱼鸟凤麦黄点齐龙龄寿够"
            + "广厅厂库应废汇张强归录径从征态总战戏据择击担拥拟扩扰摄败敌数断于时晋书会东条来标样树桥机检楼权岁历"
            + "残气汉满涨准济湾灾为乌无灯营争状独获环现玛产画当发尽监盘众码础礼御离种税稳穷竞笔节范筑简类纪约级红"
            + "纳纽纯纸细终组经结给络统丝综绿维网纲紧线编缘练县缩总绩绳继续罚罗义习圣闻联声职听胁脑兴举舰艺万叶盖"
            + "荐蓝苏虚号虫术卫补制复袭复规视亲觉览观计订讯讨训托记访设许诉诊词试诗该详认误说谁课调谈请论诸谋谢证"
            + "识警议护读变让丰负财贡贫货贩责贮贵费贴贸资宾赏赔卖质购赛赶趋迹践踪车军轨软较载辅轻辆辉轮输办辞农边"
            + "邮乡邻医释针铃钢录钱错键镇铁长开闭间阁阔阅板队阵陈陆险随隐隶虽双鸡离云电巩韩颁顺颇预顿频颗顾显类饭"
            + "饮饰余馆驻骑驱验惊体松齿压坏坝垫坟处备复梦夹夺奋妇娄婴宁实审写宽宝将专寻导届属层冈岛岭峡岩币帮师带"
            + "干庐庙广弹彻态惯虑庆忧凭忆应怀恋户抛挟舍扫挂采换扬损摇抢据挡担拟扰携摊叙毙升昼暂历晓构枪乐枢横栏欧"
            + "杀毁气决没况泛泄泾泪净浅涡测浑汤沟灭沪渔渐潜润涩泽浓湿滨浏洒炉爷墙牍牺狭犹狱奖献猡琐玺琼瓯毕亩异"
            + "疗愈皱盗睁瞩碍禄祸禅称谷积获窜窃竞笋笺筝签篮筹签粤粮纠纷纹纺索扎绍绊绝绞绑绥绸线绪缉缔缓纬缝纵繁绕"
            + "绣纤缆罢羟翘耸肤胶腊脏临旧舱艰刍庄茎华莱苍蒋萧萨药芦兰虏蚀蚕冲衮装裤袄讹诀注诈评诅咏诡夸志诚诬诵"
            + "诞诺谎谜谦讲谨译誉赞贞贯贰贬贷贺贿贼赈赋账赌赖赚赠赞赵跤跄跃躯轩轴辖转轰辩迳逊递远遥邹酝酱酿钞钮"
            + "铅银铜铭衔锐销铺锋锯锦锡锅锻镑锁链镜钟铸鉴钥闪闲闸闽阐闯陨陇隽雏杂雕雾霸雳韦韧韵响颂顽颈颓颜颠台"
            + "飘饱饼饿骗腾骄驴郁鲤鲸鸭鸿鹏鹤鹰丽党斋";

    private final Map<Character, Character> map = new HashMap<>();

    TraditionalChars() {
        if (TRADITIONAL.length() != SIMPLIFIED.length()) {
            throw new IllegalStateException("traditional/simplified tables differ in length: "
                    + TRADITIONAL.length() + " vs " + SIMPLIFIED.length());
        }
        for (int i = 0; i < TRADITIONAL.length(); i++) {
            char t = TRADITIONAL.charAt(i);
            char s = SIMPLIFIED.charAt(i);
            if (t != s) {
                map.putIfAbsent(t, s);
            }
        }
    }

    /** The text with every listed traditional character replaced by its simplified form. */
    String toSimplified(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            Character s = map.get(text.charAt(i));
            if (s != null) {
                if (sb == null) {
                    sb = new StringBuilder(text);
                }
                sb.setCharAt(i, s);
            }
        }
        return sb == null ? text : sb.toString();
    }
}
