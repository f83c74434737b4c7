// The most common passwords (from public breach top lists such as SecLists' 10k-most-common,
// plus obvious variants and words of this product), lower-cased. A password whose lower-cased
// form is here is refused, whatever its length. Client-safe: the forms check it too.
// One password per word: the list is data, kept compact so the module stays readable.
const LIST = `
123456 password 12345678 qwerty 123456789 12345 1234 111111 1234567 dragon 123123 baseball abc123
football monkey letmein 696969 shadow master 666666 qwertyuiop 123321 mustang 1234567890 michael
654321 superman 1qaz2wsx 7777777 121212 000000 qazwsx 123qwe killer trustno1 jordan jennifer zxcvbnm
asdfgh hunter buster soccer harley batman andrew tigger sunshine iloveyou 2000 charlie robert thomas
hockey ranger daniel starwars klaster 112233 george computer michelle jessica pepper 1111 zxcvbn
555555 11111111 131313 freedom 777777 pass maggie 159753 aaaaaa ginger princess joshua cheese amanda
summer love ashley nicole chelsea biteme matthew access yankees 987654321 dallas austin thunder
taylor matrix mobilemail mom monitor monitoring montana moon moscow password1 password12 password123
password1234 password12345 passw0rd p@ssword p@ssw0rd pa55word passwordpassword password! password01
mypassword yourpassword thepassword letmein123 letmein1234 welcome welcome1 welcome123 welcome1234
welcome2024 welcome2025 welcome2026 admin admin123 admin1234 administrator root toor changeme
changeme123 changeit default secret secret123 qwerty123 qwerty1234 qwerty12345 qwertyuiop123
qwertyui qwerty1 1q2w3e4r 1q2w3e4r5t 1q2w3e4r5t6y 1q2w3e 1qaz2wsx3edc zaq12wsx zaq1zaq1 q1w2e3r4t5
q1w2e3r4t5y6 asdfghjkl asdfghjkl1 asdf1234 asdfasdf asdfqwer zxcvbnm123 zxcvbnm1 qazwsxedc
qazwsxedcrfv 1234qwer 123abc abc12345 abcd1234 abcdefg abcdefgh abcdefghij abcdefghijk 0123456789
01234567890 9876543210 12345678910 123456789a 123456789q 1234567891 12345678901 123456789012
1234554321 1122334455 1111111111 0000000000 2222222222 5555555555 9999999999 1231231234 123123123
123123123123 147258369 1472583690 159357 1234512345 11223344 aaaaaaaaaa qqqqqqqqqq iloveyou1
iloveyou2 iloveyou123 iloveyou12 loveyou123 lovelove ilovegod trustno11 sunshine1 sunshine123
princess1 princess123 football1 football123 baseball1 baseball123 basketball basketball1 soccer123
superman1 superman123 batman123 starwars1 starwars123 monkey123 dragon123 master123 shadow123
michael1 charlie1 charlie123 jordan23 jessica1 ashley123 michelle1 whatever whatever1 whatever123
nothing anything something everything computer1 computer123 internet internet1 football12 hello123
hello1234 helloworld helloworld1 hellohello goodluck goodbye123 freedom1 freedom123 trustme
letmeinnow opensesame sesame blahblah blablabla password2 password3 password2024 password2025
password2026 summer2024 summer2025 summer2026 winter2024 winter2025 winter2026 spring2025 spring2026
autumn2025 autumn2026 january2026 november2026 december2026 company123 company2026 qwertyqwerty
asdfasdfasdf 1qazxsw2 zxcvbnmasdf mnbvcxz poiuytrewq lkjhgfdsa qwertzuiop azertyuiop azerty123
azerty1234 1234abcd 12345abcde 12345qwert 123456qwerty qwerty123456 123qweasd 123qweasdzxc qweasdzxc
qweasd123 1q2w3e4r5t6y7u8i 1qaz1qaz 2wsx3edc passpass pass1234 pass12345 passwort passwort1
motdepasse contrasena contraseña senha123 parola wachtwoord salasana hasło haslo1234 пароль 123456a
123456aa a123456 a1234567 a12345678 a123456789 aa123456 aa12345678 iloveu1234 loveme loveme123
lovely123 babygirl babygirl1 angel123 jesus123 jesuschrist christ123 blessed123 blessing michael123
daniel123 andrew123 robert123 thomas123 jennifer1 nicole123 samantha samantha1 elizabeth victoria
alexander alexander1 christopher christopher1 jonathan1 benjamin123 william123 charlotte1 sebastian
sebastian1 maximilian liverpool liverpool1 chelsea123 arsenal123 manchester manchesterunited
barcelona realmadrid juventus1 cristiano ronaldo7 messi10 pokemon pokemon123 minecraft minecraft1
fortnite fortnite1 playstation playstation1 nintendo nintendo1 xbox360 starcraft warcraft1 runescape
pass@123 admin@123 admin@1234 test1234 test12345 testtest testing123 tester123 guest12345 user1234
user12345 login123 login1234 access123 access14 security security1 secure123 letmein! computer12
samsung123 iphone123 google123 facebook1 linkedin twitter123 youtube123 microsoft windows10
windows123 linux123 ubuntu123 oracle123 database1 mysql123 postgres postgres123 administrator1
superuser supervisor support123 service123 office123 marketing sales12345 astrobookings
astrobookings1 astrobookings123 spaceship rocket123 rocketman rocketship astronaut astronaut1
spacex123 moonlanding mars2026 galaxy123 starship1 universe1
`
  .split(/\s+/)
  .filter(Boolean);

const COMMON = new Set<string>(LIST);

export const COMMON_PASSWORD_COUNT = COMMON.size;

/** True for a password on the common-password list (case-insensitive, surrounding spaces ignored). */
export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.trim().toLowerCase());
}
